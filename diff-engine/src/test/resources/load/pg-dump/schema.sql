--
-- PostgreSQL database dump
--

\restrict abc

-- Dumped from database version 17.6
-- Dumped by pg_dump version 17.6

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET transaction_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: pgcrypto; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;


--
-- Name: EXTENSION pgcrypto; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION pgcrypto IS 'cryptographic functions';


--
-- Name: order_status; Type: TYPE; Schema: public; Owner: some_owner
--

CREATE TYPE public.order_status AS ENUM (
    'pending',
    'paid',
    'shipped'
);


ALTER TYPE public.order_status OWNER TO some_owner;

--
-- Name: touch_updated_at(); Type: FUNCTION; Schema: public; Owner: some_owner
--

CREATE FUNCTION public.touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  -- an INSERT here would be code, not data; so would this semicolon;
  NEW.updated_at := now();
  RETURN NEW;
END;
$$;


ALTER FUNCTION public.touch_updated_at() OWNER TO some_owner;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: customers; Type: TABLE; Schema: public; Owner: some_owner
--

CREATE TABLE public.customers (
    id bigint NOT NULL,
    email text NOT NULL,
    tags text[] DEFAULT '{}'::text[] NOT NULL,
    greeting text DEFAULT E'Hello;\n\'friend\'',
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.customers OWNER TO some_owner;

--
-- Name: TABLE customers; Type: COMMENT; Schema: public; Owner: some_owner
--

COMMENT ON TABLE public.customers IS 'People who order; one row each, it''s that simple.';


--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: public; Owner: some_owner
--

CREATE SEQUENCE public.customers_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.customers_id_seq OWNER TO some_owner;

--
-- Name: customers_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: some_owner
--

ALTER SEQUENCE public.customers_id_seq OWNED BY public.customers.id;


--
-- Name: orders; Type: TABLE; Schema: public; Owner: some_owner
--

CREATE TABLE public.orders (
    id integer NOT NULL,
    customer_id bigint NOT NULL,
    status public.order_status DEFAULT 'pending'::public.order_status NOT NULL,
    note text,
    updated_at timestamp with time zone
);


ALTER TABLE public.orders OWNER TO some_owner;

--
-- Name: orders_id_seq; Type: SEQUENCE; Schema: public; Owner: some_owner
--

CREATE SEQUENCE public.orders_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.orders_id_seq OWNER TO some_owner;

ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders.id;


--
-- Name: order_count(bigint); Type: FUNCTION; Schema: public; Owner: some_owner
--

CREATE FUNCTION public.order_count(c bigint) RETURNS bigint
    LANGUAGE sql STABLE
    BEGIN ATOMIC
 SELECT count(*) AS count
    FROM public.orders
   WHERE (orders.customer_id = order_count.c);
END;


ALTER FUNCTION public.order_count(c bigint) OWNER TO some_owner;

--
-- Name: customers id; Type: DEFAULT; Schema: public; Owner: some_owner
--

ALTER TABLE ONLY public.customers ALTER COLUMN id SET DEFAULT nextval('public.customers_id_seq'::regclass);


ALTER TABLE ONLY public.orders ALTER COLUMN id SET DEFAULT nextval('public.orders_id_seq'::regclass);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: public; Owner: some_owner
--

ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: customers_email_key; Type: INDEX; Schema: public; Owner: some_owner
--

CREATE UNIQUE INDEX customers_email_key ON public.customers USING btree (lower(email));


CREATE INDEX customers_tags_idx ON public.customers USING gin (tags);


CREATE INDEX orders_customer_id_idx ON public.orders USING btree (customer_id);


--
-- Name: orders orders_touch; Type: TRIGGER; Schema: public; Owner: some_owner
--

CREATE TRIGGER orders_touch BEFORE UPDATE ON public.orders FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();


--
-- Name: orders orders_customer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: some_owner
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) ON DELETE CASCADE;


--
-- Name: TABLE orders; Type: ACL; Schema: public; Owner: some_owner
--

GRANT SELECT ON TABLE public.orders TO reporting;


--
-- PostgreSQL database dump complete
--

\unrestrict abc


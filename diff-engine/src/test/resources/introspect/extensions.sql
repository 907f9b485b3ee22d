-- Extensions bring their own objects; only the user's own table (which may use an extension's type) is read.
CREATE EXTENSION citext;
CREATE EXTENSION pg_trgm;
CREATE TABLE public.account (
    id integer PRIMARY KEY,
    email public.citext NOT NULL
);
CREATE INDEX account_email_trgm ON public.account USING gin ((email::text) public.gin_trgm_ops);

-- Objects an extension's script would create: made members of an extension the way its script would be.
CREATE SCHEMA ext_private;
CREATE TABLE ext_private.settings (key text PRIMARY KEY);
CREATE TABLE public.ext_config (key text PRIMARY KEY, value text);
CREATE TYPE public.ext_state AS ENUM ('on', 'off');
CREATE SEQUENCE public.ext_counter;
ALTER EXTENSION citext ADD SCHEMA ext_private;
ALTER EXTENSION citext ADD TABLE public.ext_config;
ALTER EXTENSION citext ADD TYPE public.ext_state;
ALTER EXTENSION citext ADD SEQUENCE public.ext_counter;
CREATE VIEW public.ext_view AS SELECT 1 AS x;
CREATE MATERIALIZED VIEW public.ext_matview AS SELECT 1 AS x;
CREATE INDEX ext_matview_x ON public.ext_matview (x);
ALTER EXTENSION citext ADD VIEW public.ext_view;
ALTER EXTENSION citext ADD MATERIALIZED VIEW public.ext_matview;
CREATE FUNCTION public.ext_helper() RETURNS integer LANGUAGE sql RETURN 1;
ALTER EXTENSION citext ADD FUNCTION public.ext_helper();
CREATE FUNCTION public.ext_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER ext_config_touch BEFORE INSERT ON public.ext_config FOR EACH ROW EXECUTE FUNCTION public.ext_touch();
ALTER EXTENSION citext ADD FUNCTION public.ext_touch();
CREATE FUNCTION public.ext_on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE EVENT TRIGGER ext_watch ON ddl_command_end EXECUTE FUNCTION public.ext_on_ddl();
ALTER EXTENSION citext ADD FUNCTION public.ext_on_ddl();
ALTER EXTENSION citext ADD EVENT TRIGGER ext_watch;
CREATE DOMAIN public.ext_domain AS integer CHECK (VALUE > 0);
CREATE TYPE public.ext_pair AS (a integer, b integer);
ALTER EXTENSION citext ADD DOMAIN public.ext_domain;
ALTER EXTENSION citext ADD TYPE public.ext_pair;
ALTER TABLE public.ext_config ENABLE ROW LEVEL SECURITY;
CREATE POLICY ext_config_all ON public.ext_config USING (true);
GRANT SELECT ON public.ext_config TO PUBLIC;
GRANT EXECUTE ON FUNCTION public.ext_helper() TO PUBLIC;
REVOKE EXECUTE ON FUNCTION public.ext_touch() FROM PUBLIC;
CREATE COLLATION public.ext_collation FROM "C";
ALTER EXTENSION citext ADD COLLATION public.ext_collation;
CREATE STATISTICS public.ext_config_stats ON key, value FROM public.ext_config;
CREATE AGGREGATE public.ext_sum(integer) (SFUNC = int4pl, STYPE = integer);
ALTER EXTENSION citext ADD AGGREGATE public.ext_sum(integer);
CREATE TYPE public.ext_range AS RANGE (SUBTYPE = integer);
ALTER EXTENSION citext ADD TYPE public.ext_range;

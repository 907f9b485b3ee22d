-- Labels equal the Java constant names: with hibernate=true mapped as Hibernate's NAMED_ENUM.
CREATE TYPE order_status AS ENUM ('NEW', 'PAID', 'SHIPPED');
-- Lower-case labels: mapped through the generated converter, which stores the label.
CREATE TYPE customer_tier AS ENUM ('gold', 'silver', 'bronze');

CREATE TABLE customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email varchar(120) NOT NULL UNIQUE,
    external_id uuid NOT NULL,
    active boolean NOT NULL,
    born date,
    created_at timestamptz NOT NULL,
    tier customer_tier NOT NULL
);

CREATE TABLE orders (
    id serial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    total numeric(10,2) NOT NULL CHECK (total >= 0),
    status order_status NOT NULL,
    attributes jsonb,
    tags text[],
    receipt bytea
);

CREATE TABLE order_lines (
    order_id integer NOT NULL REFERENCES orders (id),
    line_no smallint NOT NULL,
    product varchar(80) NOT NULL,
    quantity integer NOT NULL CHECK (quantity BETWEEN 1 AND 1000),
    PRIMARY KEY (order_id, line_no)
);

-- With hibernate=true the generator binds jsonb (mapped to String) as Hibernate's JSON type, which
-- Hibernate's schema validation requires (it refuses a varchar binding for a jsonb column).
COMMENT ON COLUMN orders.attributes IS 'Free-form order attributes';

-- Newer features, each checked by Hibernate's schema validation and a round trip.

-- A domain: the column maps as its base type and carries the domain's check as @Pattern.
CREATE DOMAIN email_address AS text CHECK (VALUE ~ '^[^@]+@[^@]+$');

-- A standalone sequence counting by 50: the key gets @SequenceGenerator(allocationSize = 50).
CREATE SEQUENCE invoice_seq INCREMENT BY 50;

-- A range type of our own; with hibernate=true range and multirange columns hold their text form.
CREATE TYPE amount_band AS RANGE (SUBTYPE = numeric);

CREATE TABLE invoices (
    id bigint DEFAULT nextval('invoice_seq') PRIMARY KEY,
    payment_terms interval NOT NULL,
    issued_from inet,
    billing_address jsonb,
    contact email_address,
    billing_period daterange,
    reminder_days int4multirange,
    amount amount_band
);

COMMENT ON COLUMN invoices.billing_address IS 'Where the invoice goes.
@json it.shop.Address';

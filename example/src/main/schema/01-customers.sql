-- Customers: one row per person who can place orders.
CREATE TYPE customer_tier AS ENUM ('standard', 'silver', 'gold');

CREATE TABLE customers (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email      text NOT NULL UNIQUE,
    full_name  text NOT NULL,
    tier       customer_tier NOT NULL DEFAULT 'standard',
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE customers IS 'People who can place orders';
COMMENT ON COLUMN customers.email IS 'Login and contact address, unique';

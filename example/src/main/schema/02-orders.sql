-- Orders belong to a customer; deleting a customer deletes their orders.
CREATE TABLE orders (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    total       numeric(12, 2) NOT NULL CHECK (total >= 0),
    placed_at   timestamptz NOT NULL DEFAULT now(),
    note        varchar(500)
);

CREATE INDEX orders_customer_id_idx ON orders (customer_id);

COMMENT ON TABLE orders IS 'What a customer bought, and when';
COMMENT ON COLUMN orders.total IS 'Order total in euros, never negative';

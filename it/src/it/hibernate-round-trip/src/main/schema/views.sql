-- A view with an id column: a read-only (@Immutable) entity. schema:apply does not create views yet,
-- so the test runs this file itself before Hibernate validates.
CREATE OR REPLACE VIEW invoice_summaries AS
    SELECT id, payment_terms, billing_address ->> 'city' AS city FROM invoices;

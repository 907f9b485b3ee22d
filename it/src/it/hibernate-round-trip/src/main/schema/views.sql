-- A view with an id column: a read-only (@Immutable) entity.
CREATE VIEW invoice_summaries AS
    SELECT id, payment_terms, billing_address ->> 'city' AS city FROM invoices;

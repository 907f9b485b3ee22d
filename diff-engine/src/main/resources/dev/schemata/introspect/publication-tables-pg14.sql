-- The tables of FOR TABLE of each publication up to PostgreSQL 14 (see publication-tables.sql): no column
-- lists or row filters yet.
SELECT p.pubname::text AS publication,
       n.nspname::text AS schema_name,
       c.relname::text AS table_name,
       ARRAY[]::text[] AS columns,
       NULL::text AS row_filter
FROM pg_catalog.pg_publication_rel pr
JOIN pg_catalog.pg_publication p ON p.oid = pr.prpubid
JOIN pg_catalog.pg_class c ON c.oid = pr.prrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace

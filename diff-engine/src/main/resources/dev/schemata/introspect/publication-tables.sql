-- The tables of FOR TABLE of each publication (PostgreSQL 15 on; publication-tables-pg14.sql is this query
-- before column lists and row filters): the column list by attribute number, empty for every column, and the
-- row filter as pg_get_expr prints it.
SELECT p.pubname::text AS publication,
       n.nspname::text AS schema_name,
       c.relname::text AS table_name,
       ARRAY(SELECT a.attname::text
             FROM pg_catalog.pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum = ANY (pr.prattrs)
             ORDER BY a.attnum) AS columns,
       pg_catalog.pg_get_expr(pr.prqual, pr.prrelid) AS row_filter
FROM pg_catalog.pg_publication_rel pr
JOIN pg_catalog.pg_publication p ON p.oid = pr.prpubid
JOIN pg_catalog.pg_class c ON c.oid = pr.prrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace

-- Composite types made by CREATE TYPE ... AS (...) in the accepted schemas (the parameter: a text[] of
-- schema names), except those of extensions; a table's row type has relkind 'r', not 'c'. Their attributes
-- come from columns.sql.
SELECT n.nspname::text AS schema_name,
       t.typname::text AS name,
       (SELECT d.description FROM pg_catalog.pg_description d
        WHERE d.classoid = 'pg_catalog.pg_type'::regclass AND d.objoid = t.oid AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_class c ON c.oid = t.typrelid
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
WHERE t.typtype = 'c'
  AND c.relkind = 'c'
  AND n.nspname::text = ANY (?::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_type'::regclass AND e.objid = t.oid AND e.deptype = 'e')

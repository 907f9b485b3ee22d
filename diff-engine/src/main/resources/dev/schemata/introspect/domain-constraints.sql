-- CHECK constraints of the domains of the accepted schemas (the parameter: a text[] of schema names).
-- NOT NULL (contype 'n' from PostgreSQL 17) stays a property of the domain.
SELECT n.nspname::text AS schema_name,
       t.typname::text AS domain_name,
       con.conname::text AS name,
       pg_catalog.pg_get_constraintdef(con.oid) AS definition,
       con.convalidated AS validated,
       (SELECT d.description FROM pg_catalog.pg_description d
        WHERE d.classoid = 'pg_catalog.pg_constraint'::regclass AND d.objoid = con.oid AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_type t ON t.oid = con.contypid
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
WHERE con.contype = 'c'
  AND t.typtype = 'd'
  AND n.nspname::text = ANY (?::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_type'::regclass AND e.objid = t.oid AND e.deptype = 'e')

-- Operator families of the accepted schemas (the parameter: a text[] of schema names), except those of
-- extensions; those CREATE OPERATOR CLASS made for itself included.
SELECT n.nspname::text AS schema_name,
       f.opfname::text AS name,
       am.amname::text AS method,
       d.description AS comment
FROM pg_catalog.pg_opfamily f
JOIN pg_catalog.pg_namespace n ON n.oid = f.opfnamespace
JOIN pg_catalog.pg_am am ON am.oid = f.opfmethod
LEFT JOIN pg_catalog.pg_description d
       ON d.classoid = 'pg_catalog.pg_opfamily'::regclass AND d.objoid = f.oid AND d.objsubid = 0
WHERE n.nspname::text = ANY (?::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_opfamily'::regclass AND e.objid = f.oid AND e.deptype = 'e')

-- Extensions installed into an accepted schema (the parameter: a text[] of schema names). plpgsql and
-- the other extensions of pg_catalog are never in scope: every database has them.
SELECT x.extname::text AS name,
       n.nspname::text AS schema_name,
       x.extversion AS version,
       (SELECT d.description FROM pg_catalog.pg_description d
        WHERE d.classoid = 'pg_catalog.pg_extension'::regclass AND d.objoid = x.oid AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_extension x
JOIN pg_catalog.pg_namespace n ON n.oid = x.extnamespace
WHERE n.nspname::text = ANY (?::text[])

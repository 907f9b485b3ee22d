-- Foreign data wrappers made by CREATE FOREIGN DATA WRAPPER: they belong to the database, not to a schema, so
-- every one is in scope except those of extensions (postgres_fdw, file_fdw). Options as key=value, sorted.
SELECT w.fdwname::text AS name,
       hn.nspname::text AS handler_schema,
       h.proname::text AS handler_name,
       vn.nspname::text AS validator_schema,
       v.proname::text AS validator_name,
       ARRAY(SELECT o FROM unnest(w.fdwoptions) AS o ORDER BY o COLLATE "C") AS options,
       d.description AS comment
FROM pg_catalog.pg_foreign_data_wrapper w
LEFT JOIN pg_catalog.pg_proc h ON h.oid = w.fdwhandler
LEFT JOIN pg_catalog.pg_namespace hn ON hn.oid = h.pronamespace
LEFT JOIN pg_catalog.pg_proc v ON v.oid = w.fdwvalidator
LEFT JOIN pg_catalog.pg_namespace vn ON vn.oid = v.pronamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.classoid = 'pg_catalog.pg_foreign_data_wrapper'::regclass AND d.objoid = w.oid AND d.objsubid = 0
WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_foreign_data_wrapper'::regclass AND e.objid = w.oid
                    AND e.deptype = 'e')

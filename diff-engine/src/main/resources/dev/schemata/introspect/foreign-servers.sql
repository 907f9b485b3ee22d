-- Foreign servers: they belong to the database, not to a schema, so every one is in scope except those of
-- extensions. Options as key=value, sorted.
SELECT s.srvname::text AS name,
       w.fdwname::text AS wrapper,
       s.srvtype AS type,
       s.srvversion AS version,
       ARRAY(SELECT o FROM unnest(s.srvoptions) AS o ORDER BY o COLLATE "C") AS options,
       d.description AS comment
FROM pg_catalog.pg_foreign_server s
JOIN pg_catalog.pg_foreign_data_wrapper w ON w.oid = s.srvfdw
LEFT JOIN pg_catalog.pg_description d
       ON d.classoid = 'pg_catalog.pg_foreign_server'::regclass AND d.objoid = s.oid AND d.objsubid = 0
WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_foreign_server'::regclass AND e.objid = s.oid
                    AND e.deptype = 'e')

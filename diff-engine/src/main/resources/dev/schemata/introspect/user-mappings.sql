-- User mappings of the servers in scope (see foreign-servers.sql); user NULL stands for PUBLIC. Secret options
-- (a key that contains "password", such as password or sslpassword) are left out here, so that their values
-- never leave the database: Schemata neither compares nor writes them. pg_user_mappings shows the options
-- only to the server owner and the mapped user (and superusers); to others they read as empty.
SELECT um.srvname::text AS server,
       CASE WHEN um.umuser = 0 THEN NULL ELSE um.usename::text END AS user_name,
       ARRAY(SELECT o FROM unnest(um.umoptions) AS o
             WHERE pg_catalog.lower(pg_catalog.split_part(o, '=', 1)) NOT LIKE '%password%'
             ORDER BY o COLLATE "C") AS options
FROM pg_catalog.pg_user_mappings um
WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_foreign_server'::regclass AND e.objid = um.srvid
                    AND e.deptype = 'e')

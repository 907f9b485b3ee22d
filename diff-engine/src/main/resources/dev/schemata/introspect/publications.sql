-- Publications (PostgreSQL 15 on; publications-pg14.sql is this query before FOR TABLES IN SCHEMA): they
-- belong to the database, not to a schema, so every one is in scope. The schemas of FOR TABLES IN SCHEMA,
-- sorted; the tables come from publication-tables.sql.
SELECT p.pubname::text AS name,
       p.puballtables AS all_tables,
       p.pubinsert AS publish_insert,
       p.pubupdate AS publish_update,
       p.pubdelete AS publish_delete,
       p.pubtruncate AS publish_truncate,
       p.pubviaroot AS via_partition_root,
       ARRAY(SELECT n.nspname::text
             FROM pg_catalog.pg_publication_namespace pn
             JOIN pg_catalog.pg_namespace n ON n.oid = pn.pnnspid
             WHERE pn.pnpubid = p.oid
             ORDER BY n.nspname COLLATE "C") AS schemas,
       d.description AS comment
FROM pg_catalog.pg_publication p
LEFT JOIN pg_catalog.pg_description d
       ON d.classoid = 'pg_catalog.pg_publication'::regclass AND d.objoid = p.oid AND d.objsubid = 0

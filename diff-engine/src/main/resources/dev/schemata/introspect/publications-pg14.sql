-- Publications up to PostgreSQL 14 (see publications.sql): no FOR TABLES IN SCHEMA yet.
SELECT p.pubname::text AS name,
       p.puballtables AS all_tables,
       p.pubinsert AS publish_insert,
       p.pubupdate AS publish_update,
       p.pubdelete AS publish_delete,
       p.pubtruncate AS publish_truncate,
       p.pubviaroot AS via_partition_root,
       ARRAY[]::text[] AS schemas,
       d.description AS comment
FROM pg_catalog.pg_publication p
LEFT JOIN pg_catalog.pg_description d
       ON d.classoid = 'pg_catalog.pg_publication'::regclass AND d.objoid = p.oid AND d.objsubid = 0

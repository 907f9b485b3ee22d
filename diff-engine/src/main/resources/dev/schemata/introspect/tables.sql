-- Ordinary and partitioned tables (partitions included) of the accepted schemas (the parameter: a text[]
-- of schema names), except those of extensions, with what they are besides their columns: partitioning
-- (the parent of a partition through pg_inherits), inheritance parents in declared order, persistence,
-- replica identity (the index by name), storage parameters (sorted: PostgreSQL keeps them in the order they
-- were set), access method other than heap, and row level security.
SELECT n.nspname::text AS schema_name,
       c.relname::text AS table_name,
       (SELECT d.description FROM pg_catalog.pg_description d
        WHERE d.classoid = 'pg_catalog.pg_class'::regclass AND d.objoid = c.oid AND d.objsubid = 0) AS comment,
       c.relrowsecurity AS row_security,
       c.relforcerowsecurity AS force_row_security,
       CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END AS partition_key,
       pn.nspname::text AS partition_of_schema,
       pc.relname::text AS partition_of_table,
       CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) END AS partition_bound,
       ARRAY(SELECT inn.nspname::text
             FROM pg_catalog.pg_inherits inh
             JOIN pg_catalog.pg_class inc ON inc.oid = inh.inhparent
             JOIN pg_catalog.pg_namespace inn ON inn.oid = inc.relnamespace
             WHERE inh.inhrelid = c.oid AND NOT c.relispartition
             ORDER BY inh.inhseqno) AS inherits_schemas,
       ARRAY(SELECT inc.relname::text
             FROM pg_catalog.pg_inherits inh
             JOIN pg_catalog.pg_class inc ON inc.oid = inh.inhparent
             WHERE inh.inhrelid = c.oid AND NOT c.relispartition
             ORDER BY inh.inhseqno) AS inherits_tables,
       c.relpersistence = 'u' AS unlogged,
       CASE c.relreplident
           WHEN 'f' THEN 'FULL'
           WHEN 'n' THEN 'NOTHING'
           WHEN 'i' THEN 'USING INDEX ' || (SELECT pg_catalog.quote_ident(ic.relname)
                                            FROM pg_catalog.pg_index ri
                                            JOIN pg_catalog.pg_class ic ON ic.oid = ri.indexrelid
                                            WHERE ri.indrelid = c.oid AND ri.indisreplident)
           ELSE 'DEFAULT' END AS replica_identity,
       ARRAY(SELECT o FROM unnest(c.reloptions) AS o ORDER BY o COLLATE "C") AS storage_parameters,
       CASE WHEN am.amname <> 'heap' THEN am.amname::text END AS access_method
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_am am ON am.oid = c.relam
LEFT JOIN pg_catalog.pg_inherits pinh ON c.relispartition AND pinh.inhrelid = c.oid
LEFT JOIN pg_catalog.pg_class pc ON pc.oid = pinh.inhparent
LEFT JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
WHERE c.relkind IN ('r', 'p')
  AND n.nspname::text = ANY (?::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')

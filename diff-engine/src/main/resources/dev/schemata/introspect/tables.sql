-- Ordinary, partitioned and foreign tables (partitions included) of the accepted schemas (the parameter: a text[]
-- of schema names), except those of extensions, with what they are besides their columns: partitioning
-- (the parent of a partition through pg_inherits), inheritance parents in declared order, persistence,
-- replica identity (the index by name), storage parameters (sorted: PostgreSQL keeps them in the order they
-- were set), access method other than heap, row level security, and for a foreign table its server and the
-- options of the table and of its columns (as two parallel arrays: column name, key=value); for a partition,
-- the key, unique and exclusion constraints and the indexes it has as parts of its parent's (name, definition).
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
       CASE WHEN c.relkind = 'f' THEN 'DEFAULT' -- a foreign table has NOTHING and cannot change it
           WHEN c.relreplident = 'f' THEN 'FULL'
           WHEN c.relreplident = 'n' THEN 'NOTHING'
           WHEN c.relreplident = 'i' THEN 'USING INDEX ' || (SELECT pg_catalog.quote_ident(ic.relname)
                                            FROM pg_catalog.pg_index ri
                                            JOIN pg_catalog.pg_class ic ON ic.oid = ri.indexrelid
                                            WHERE ri.indrelid = c.oid AND ri.indisreplident)
           ELSE 'DEFAULT' END AS replica_identity,
       ARRAY(SELECT o FROM unnest(c.reloptions) AS o ORDER BY o COLLATE "C") AS storage_parameters,
       CASE WHEN am.amname <> 'heap' THEN am.amname::text END AS access_method,
       fs.srvname::text AS foreign_server,
       ft.ftoptions AS foreign_options,
       ARRAY(SELECT fa.attname::text
             FROM pg_catalog.pg_attribute fa, unnest(fa.attfdwoptions) AS o
             WHERE fa.attrelid = c.oid AND fa.attnum > 0 AND NOT fa.attisdropped
             ORDER BY fa.attnum, o COLLATE "C") AS foreign_column_names,
       ARRAY(SELECT o
             FROM pg_catalog.pg_attribute fa, unnest(fa.attfdwoptions) AS o
             WHERE fa.attrelid = c.oid AND fa.attnum > 0 AND NOT fa.attisdropped
             ORDER BY fa.attnum, o COLLATE "C") AS foreign_column_options,
       ARRAY(SELECT ac.conname::text FROM pg_catalog.pg_constraint ac
             WHERE ac.conrelid = c.oid AND ac.conparentid <> 0 AND ac.contype IN ('p', 'u', 'x')
             ORDER BY ac.conname) AS attached_constraint_names,
       ARRAY(SELECT pg_catalog.pg_get_constraintdef(ac.oid) FROM pg_catalog.pg_constraint ac
             WHERE ac.conrelid = c.oid AND ac.conparentid <> 0 AND ac.contype IN ('p', 'u', 'x')
             ORDER BY ac.conname) AS attached_constraint_definitions,
       ARRAY(SELECT ai.relname::text
             FROM pg_catalog.pg_index ax
             JOIN pg_catalog.pg_class ai ON ai.oid = ax.indexrelid
             WHERE ax.indrelid = c.oid AND c.relispartition
               AND EXISTS (SELECT 1 FROM pg_catalog.pg_inherits ih WHERE ih.inhrelid = ax.indexrelid)
               AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint xc WHERE xc.conindid = ax.indexrelid
                                 AND xc.conrelid = c.oid AND xc.contype IN ('p', 'u', 'x'))
             ORDER BY ai.relname) AS attached_index_names,
       ARRAY(SELECT pg_catalog.pg_get_indexdef(ax.indexrelid)
             FROM pg_catalog.pg_index ax
             JOIN pg_catalog.pg_class ai ON ai.oid = ax.indexrelid
             WHERE ax.indrelid = c.oid AND c.relispartition
               AND EXISTS (SELECT 1 FROM pg_catalog.pg_inherits ih WHERE ih.inhrelid = ax.indexrelid)
               AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint xc WHERE xc.conindid = ax.indexrelid
                                 AND xc.conrelid = c.oid AND xc.contype IN ('p', 'u', 'x'))
             ORDER BY ai.relname) AS attached_index_definitions
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_am am ON am.oid = c.relam
LEFT JOIN pg_catalog.pg_inherits pinh ON c.relispartition AND pinh.inhrelid = c.oid
LEFT JOIN pg_catalog.pg_class pc ON pc.oid = pinh.inhparent
LEFT JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
LEFT JOIN pg_catalog.pg_foreign_table ft ON ft.ftrelid = c.oid
LEFT JOIN pg_catalog.pg_foreign_server fs ON fs.oid = ft.ftserver
WHERE c.relkind IN ('r', 'p', 'f')
  AND n.nspname::text = ANY (?::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')

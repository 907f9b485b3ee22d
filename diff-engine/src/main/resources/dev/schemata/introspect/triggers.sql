-- Triggers on the tables and views of the accepted schemas (the parameter: a text[] of schema names), except
-- internal ones (those behind foreign keys and deferrable constraints), the copies on partitions of a
-- partitioned table's trigger (tgparentid), and those on relations of extensions.
SELECT n.nspname::text AS schema_name,
       c.relname::text AS table_name,
       t.tgname::text AS name,
       pg_catalog.pg_get_triggerdef(t.oid) AS definition,
       t.tgenabled::text AS state,
       t.tgconstraint <> 0 AS constraint_trigger,
       fn.nspname::text AS function_schema,
       f.proname::text AS function_name,
       (SELECT d.description FROM pg_catalog.pg_description d
        WHERE d.classoid = 'pg_catalog.pg_trigger'::regclass AND d.objoid = t.oid AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_trigger t
JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_proc f ON f.oid = t.tgfoid
JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
WHERE NOT t.tgisinternal
  AND t.tgparentid = 0
  AND n.nspname::text = ANY (?::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')

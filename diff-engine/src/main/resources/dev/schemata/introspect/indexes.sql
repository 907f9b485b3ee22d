-- Indexes of every table and materialized view in scope (the parameter: a text[] of schema names) that neither back a primary
-- key, unique or exclusion constraint (those belong to the constraint) nor are attached children of a
-- partitioned index.
-- An index an interrupted CREATE INDEX CONCURRENTLY left behind is listed with is_valid false.
-- Key columns only (INCLUDE columns are in the definition); an expression key is a null name.
SELECT n.nspname::text AS schema_name,
       c.relname::text AS table_name,
       ic.relname::text AS name,
       pg_catalog.pg_get_indexdef(i.indexrelid) AS definition,
       i.indisunique AS is_unique,
       am.amname::text AS method,
       ARRAY(SELECT (SELECT a.attname::text FROM pg_catalog.pg_attribute a
                     WHERE a.attrelid = i.indrelid AND a.attnum = k.attnum)
             FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, position)
             WHERE k.position <= i.indnkeyatts
             ORDER BY k.position) AS columns,
       pg_catalog.pg_get_expr(i.indpred, i.indrelid) AS predicate,
       (SELECT d.description FROM pg_catalog.pg_description d
        WHERE d.classoid = 'pg_catalog.pg_class'::regclass AND d.objoid = ic.oid AND d.objsubid = 0) AS comment,
       i.indisvalid AS is_valid
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'm')
  AND n.nspname::text = ANY (?::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con
                  WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x'))
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits inh WHERE inh.inhrelid = i.indexrelid)
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')

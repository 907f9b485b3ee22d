-- Primary key, unique, check, foreign key and exclusion constraints of every table in scope
-- (the parameter: a text[] of schema names).
-- Not-null constraints (contype 'n', PostgreSQL 18) stay column properties; constraint triggers ('t') are
-- not constraints of the model. Copies inherited from a parent table or partitioned table are left out, also
-- those the table declares itself as well (merged, as ALTER TABLE ... INHERIT leaves them): their parent has them.
SELECT n.nspname::text AS schema_name,
       c.relname::text AS table_name,
       con.conname::text AS name,
       con.contype::text AS kind,
       pg_catalog.pg_get_constraintdef(con.oid) AS definition,
       ARRAY(SELECT (SELECT a.attname::text FROM pg_catalog.pg_attribute a
                     WHERE a.attrelid = con.conrelid AND a.attnum = k.attnum)
             FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, position)
             ORDER BY k.position) AS columns,
       rn.nspname::text AS referenced_schema,
       rc.relname::text AS referenced_table,
       ARRAY(SELECT (SELECT a.attname::text FROM pg_catalog.pg_attribute a
                     WHERE a.attrelid = con.confrelid AND a.attnum = k.attnum)
             FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, position)
             ORDER BY k.position) AS referenced_columns,
       con.confupdtype::text AS on_update,
       con.confdeltype::text AS on_delete,
       con.confmatchtype::text AS match_type,
       CASE WHEN con.contype = 'c' THEN pg_catalog.pg_get_expr(con.conbin, con.conrelid) END AS check_expression,
       con.condeferrable AS deferrable,
       con.condeferred AS initially_deferred,
       con.convalidated AS validated,
       (SELECT d.description FROM pg_catalog.pg_description d
        WHERE d.classoid = 'pg_catalog.pg_constraint'::regclass AND d.objoid = con.oid AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
WHERE con.contype IN ('p', 'u', 'c', 'f', 'x')
  AND con.conislocal
  AND con.coninhcount = 0
  AND con.conparentid = 0
  AND c.relkind IN ('r', 'p', 'f')
  AND n.nspname::text = ANY (?::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')

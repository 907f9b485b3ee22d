-- Domains of the accepted schemas (the parameter: a text[] of schema names), except those of extensions.
-- The default is printed from its parsed form (typdefaultbin), like column defaults; typdefault keeps the text
-- as printed under the search path of the session that created it. The collation is printed only when it
-- differs from the base type's, as it is written after COLLATE.
SELECT n.nspname::text AS schema_name,
       t.typname::text AS name,
       pg_catalog.format_type(t.typbasetype, t.typtypmod) AS base_type,
       pg_catalog.pg_get_expr(t.typdefaultbin, 0) AS default_expression,
       t.typnotnull AS not_null,
       CASE WHEN t.typcollation <> base.typcollation THEN
           CASE WHEN coll.collnamespace = 'pg_catalog'::regnamespace THEN pg_catalog.quote_ident(coll.collname)
                ELSE pg_catalog.quote_ident(colln.nspname) || '.' || pg_catalog.quote_ident(coll.collname) END
       END AS collation,
       (SELECT d.description FROM pg_catalog.pg_description d
        WHERE d.classoid = 'pg_catalog.pg_type'::regclass AND d.objoid = t.oid AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_type base ON base.oid = t.typbasetype
LEFT JOIN pg_catalog.pg_collation coll ON coll.oid = t.typcollation
LEFT JOIN pg_catalog.pg_namespace colln ON colln.oid = coll.collnamespace
WHERE t.typtype = 'd'
  AND n.nspname::text = ANY (?::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_type'::regclass AND e.objid = t.oid AND e.deptype = 'e')

-- Range types of the accepted schemas (the parameter: a text[] of schema names), except those of extensions,
-- each with a CREATE TYPE ... AS RANGE statement put together from pg_range. The operator class is always
-- written; the collation when it differs from the subtype's; the multirange type's name from PostgreSQL 14 on
-- (rngmultitypid, read through to_jsonb so that the query runs on 13 too).
SELECT n.nspname::text AS schema_name,
       t.typname::text AS name,
       pg_catalog.format_type(r.rngsubtype, NULL) AS subtype,
       'CREATE TYPE ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(t.typname)
           || ' AS RANGE ('
           || pg_catalog.concat_ws(', ',
                  'SUBTYPE = ' || pg_catalog.format_type(r.rngsubtype, NULL),
                  'SUBTYPE_OPCLASS = ' || pg_catalog.quote_ident(opcn.nspname) || '.' || pg_catalog.quote_ident(opc.opcname),
                  CASE WHEN r.rngcollation <> 0 AND r.rngcollation <> sub.typcollation THEN 'COLLATION = '
                      || pg_catalog.quote_ident(colln.nspname) || '.' || pg_catalog.quote_ident(coll.collname) END,
                  CASE WHEN r.rngcanonical <> 0 THEN 'CANONICAL = ' || r.rngcanonical::regproc::text END,
                  CASE WHEN r.rngsubdiff <> 0 THEN 'SUBTYPE_DIFF = ' || r.rngsubdiff::regproc::text END,
                  CASE WHEN mt.oid IS NOT NULL THEN 'MULTIRANGE_TYPE_NAME = '
                      || pg_catalog.quote_ident(mtn.nspname) || '.' || pg_catalog.quote_ident(mt.typname) END)
           || ')' AS definition,
       (SELECT d.description FROM pg_catalog.pg_description d
        WHERE d.classoid = 'pg_catalog.pg_type'::regclass AND d.objoid = t.oid AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_range r
JOIN pg_catalog.pg_type t ON t.oid = r.rngtypid
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_type sub ON sub.oid = r.rngsubtype
JOIN pg_catalog.pg_opclass opc ON opc.oid = r.rngsubopc
JOIN pg_catalog.pg_namespace opcn ON opcn.oid = opc.opcnamespace
LEFT JOIN pg_catalog.pg_collation coll ON coll.oid = r.rngcollation
LEFT JOIN pg_catalog.pg_namespace colln ON colln.oid = coll.collnamespace
LEFT JOIN pg_catalog.pg_type mt ON mt.oid = (pg_catalog.to_jsonb(r) ->> 'rngmultitypid')::oid
LEFT JOIN pg_catalog.pg_namespace mtn ON mtn.oid = mt.typnamespace
WHERE n.nspname::text = ANY (?::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_type'::regclass AND e.objid = t.oid AND e.deptype = 'e')

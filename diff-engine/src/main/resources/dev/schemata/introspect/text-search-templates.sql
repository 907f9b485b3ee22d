-- Text search templates of the accepted schemas (the parameter: a text[] of schema names), except those of
-- extensions, each as its CREATE TEXT SEARCH TEMPLATE statement; functions print qualified unless in pg_catalog.
SELECT n.nspname::text AS schema_name,
       t.tmplname::text AS name,
       'CREATE TEXT SEARCH TEMPLATE ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(t.tmplname)
           || ' (' || pg_catalog.concat_ws(', ',
               CASE WHEN t.tmplinit <> 0 THEN 'INIT = ' || t.tmplinit::regproc::text END,
               'LEXIZE = ' || t.tmpllexize::regproc::text) || ')' AS definition,
       (SELECT d.description FROM pg_catalog.pg_description d
        WHERE d.classoid = 'pg_catalog.pg_ts_template'::regclass AND d.objoid = t.oid AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_ts_template t
JOIN pg_catalog.pg_namespace n ON n.oid = t.tmplnamespace
WHERE n.nspname::text = ANY (?::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_ts_template'::regclass AND e.objid = t.oid AND e.deptype = 'e')

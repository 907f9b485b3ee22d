-- Text search parsers of the accepted schemas (the parameter: a text[] of schema names), except those of
-- extensions, each as its CREATE TEXT SEARCH PARSER statement; functions print qualified unless in pg_catalog.
SELECT n.nspname::text AS schema_name,
       p.prsname::text AS name,
       'CREATE TEXT SEARCH PARSER ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(p.prsname)
           || ' (' || pg_catalog.concat_ws(', ',
               'START = ' || p.prsstart::regproc::text,
               'GETTOKEN = ' || p.prstoken::regproc::text,
               'END = ' || p.prsend::regproc::text,
               'LEXTYPES = ' || p.prslextype::regproc::text,
               CASE WHEN p.prsheadline <> 0 THEN 'HEADLINE = ' || p.prsheadline::regproc::text END) || ')'
           AS definition,
       (SELECT d.description FROM pg_catalog.pg_description d
        WHERE d.classoid = 'pg_catalog.pg_ts_parser'::regclass AND d.objoid = p.oid AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_ts_parser p
JOIN pg_catalog.pg_namespace n ON n.oid = p.prsnamespace
WHERE n.nspname::text = ANY (?::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_ts_parser'::regclass AND e.objid = p.oid AND e.deptype = 'e')

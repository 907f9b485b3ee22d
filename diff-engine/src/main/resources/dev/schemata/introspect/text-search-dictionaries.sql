-- Text search dictionaries of the accepted schemas (the parameter: a text[] of schema names), except those of
-- extensions. The options are as PostgreSQL keeps them: name = 'value' (numbers bare), separated by ", ".
SELECT n.nspname::text AS schema_name,
       dict.dictname::text AS name,
       pg_catalog.quote_ident(tn.nspname) || '.' || pg_catalog.quote_ident(t.tmplname) AS template,
       dict.dictinitoption AS options,
       (SELECT d.description FROM pg_catalog.pg_description d
        WHERE d.classoid = 'pg_catalog.pg_ts_dict'::regclass AND d.objoid = dict.oid AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_ts_dict dict
JOIN pg_catalog.pg_namespace n ON n.oid = dict.dictnamespace
JOIN pg_catalog.pg_ts_template t ON t.oid = dict.dicttemplate
JOIN pg_catalog.pg_namespace tn ON tn.oid = t.tmplnamespace
WHERE n.nspname::text = ANY (?::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_ts_dict'::regclass AND e.objid = dict.oid AND e.deptype = 'e')

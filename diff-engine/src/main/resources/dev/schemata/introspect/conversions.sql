-- Encoding conversions of the accepted schemas (the parameter: a text[] of schema names), except those of
-- extensions, each as its CREATE CONVERSION statement; the function prints qualified (empty search path).
SELECT n.nspname::text AS schema_name,
       c.conname::text AS name,
       'CREATE ' || CASE WHEN c.condefault THEN 'DEFAULT ' ELSE '' END || 'CONVERSION '
           || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.conname)
           || ' FOR ' || pg_catalog.quote_literal(pg_catalog.pg_encoding_to_char(c.conforencoding))
           || ' TO ' || pg_catalog.quote_literal(pg_catalog.pg_encoding_to_char(c.contoencoding))
           || ' FROM ' || c.conproc::regproc::text AS definition,
       (SELECT d.description FROM pg_catalog.pg_description d
        WHERE d.classoid = 'pg_catalog.pg_conversion'::regclass AND d.objoid = c.oid AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_conversion c
JOIN pg_catalog.pg_namespace n ON n.oid = c.connamespace
WHERE n.nspname::text = ANY (?::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_conversion'::regclass AND e.objid = c.oid AND e.deptype = 'e')

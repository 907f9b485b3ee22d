-- Operator classes of the accepted schemas (the parameter: a text[] of schema names), except those of
-- extensions, each with a CREATE OPERATOR CLASS statement put together from the catalogs as pg_dump does: the
-- operators and support functions that belong to the class (pg_depend 'i'), not those added to its family
-- apart. Operators and functions print as regoperator and regprocedure with an empty search path, so qualified.
SELECT n.nspname::text AS schema_name,
       c.opcname::text AS name,
       am.amname::text AS method,
       'CREATE OPERATOR CLASS ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.opcname)
           || CASE WHEN c.opcdefault THEN ' DEFAULT' ELSE '' END
           || ' FOR TYPE ' || pg_catalog.format_type(c.opcintype, NULL)
           || ' USING ' || pg_catalog.quote_ident(am.amname)
           || ' FAMILY ' || pg_catalog.quote_ident(fn.nspname) || '.' || pg_catalog.quote_ident(f.opfname)
           || ' AS ' || pg_catalog.concat_ws(', ',
               (SELECT pg_catalog.string_agg('OPERATOR ' || ao.amopstrategy || ' ' || ao.amopopr::regoperator::text
                          || CASE WHEN ao.amoppurpose = 'o' THEN ' FOR ORDER BY '
                                  || pg_catalog.quote_ident(sfn.nspname) || '.' || pg_catalog.quote_ident(sf.opfname)
                                  ELSE '' END,
                          ', ' ORDER BY ao.amopstrategy)
                FROM pg_catalog.pg_amop ao
                JOIN pg_catalog.pg_depend dp ON dp.classid = 'pg_catalog.pg_amop'::regclass AND dp.objid = ao.oid
                     AND dp.refclassid = 'pg_catalog.pg_opclass'::regclass AND dp.refobjid = c.oid AND dp.deptype = 'i'
                LEFT JOIN pg_catalog.pg_opfamily sf ON sf.oid = ao.amopsortfamily
                LEFT JOIN pg_catalog.pg_namespace sfn ON sfn.oid = sf.opfnamespace),
               (SELECT pg_catalog.string_agg('FUNCTION ' || ap.amprocnum || ' ('
                          || pg_catalog.format_type(ap.amproclefttype, NULL) || ', '
                          || pg_catalog.format_type(ap.amprocrighttype, NULL) || ') '
                          || ap.amproc::regprocedure::text,
                          ', ' ORDER BY ap.amprocnum, ap.amproclefttype, ap.amprocrighttype)
                FROM pg_catalog.pg_amproc ap
                JOIN pg_catalog.pg_depend dp ON dp.classid = 'pg_catalog.pg_amproc'::regclass AND dp.objid = ap.oid
                     AND dp.refclassid = 'pg_catalog.pg_opclass'::regclass AND dp.refobjid = c.oid AND dp.deptype = 'i'),
               CASE WHEN c.opckeytype <> 0 THEN 'STORAGE ' || pg_catalog.format_type(c.opckeytype, NULL) END)
           AS definition,
       (SELECT d.description FROM pg_catalog.pg_description d
        WHERE d.classoid = 'pg_catalog.pg_opclass'::regclass AND d.objoid = c.oid AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_opclass c
JOIN pg_catalog.pg_namespace n ON n.oid = c.opcnamespace
JOIN pg_catalog.pg_am am ON am.oid = c.opcmethod
JOIN pg_catalog.pg_opfamily f ON f.oid = c.opcfamily
JOIN pg_catalog.pg_namespace fn ON fn.oid = f.opfnamespace
WHERE n.nspname::text = ANY (?::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_opclass'::regclass AND e.objid = c.oid AND e.deptype = 'e')

-- Operator families of the accepted schemas (the parameter: a text[] of schema names), except those of
-- extensions; those CREATE OPERATOR CLASS made for itself included. Each with its loose members: the operators
-- and functions that belong to the family (pg_depend 'a'), not to a class of it; each member one text, what
-- ALTER OPERATOR FAMILY ... DROP says, the unit separator (chr(31)), then what ... ADD says.
SELECT n.nspname::text AS schema_name,
       f.opfname::text AS name,
       am.amname::text AS method,
       COALESCE((SELECT pg_catalog.array_agg(m.member ORDER BY m.member)
                 FROM (SELECT 'OPERATOR ' || ao.amopstrategy || ' (' || pg_catalog.format_type(ao.amoplefttype, NULL)
                                  || ', ' || pg_catalog.format_type(ao.amoprighttype, NULL) || ')' || chr(31)
                                  || 'OPERATOR ' || ao.amopstrategy || ' ' || ao.amopopr::regoperator::text
                                  || CASE WHEN ao.amoppurpose = 'o' THEN ' FOR ORDER BY '
                                         || pg_catalog.quote_ident(sfn.nspname) || '.'
                                         || pg_catalog.quote_ident(sf.opfname) ELSE '' END AS member
                       FROM pg_catalog.pg_amop ao
                       JOIN pg_catalog.pg_depend dp ON dp.classid = 'pg_catalog.pg_amop'::regclass
                            AND dp.objid = ao.oid AND dp.refclassid = 'pg_catalog.pg_opfamily'::regclass
                            AND dp.refobjid = f.oid AND dp.deptype = 'a'
                       LEFT JOIN pg_catalog.pg_opfamily sf ON sf.oid = ao.amopsortfamily
                       LEFT JOIN pg_catalog.pg_namespace sfn ON sfn.oid = sf.opfnamespace
                       UNION ALL
                       SELECT 'FUNCTION ' || ap.amprocnum || ' (' || pg_catalog.format_type(ap.amproclefttype, NULL)
                                  || ', ' || pg_catalog.format_type(ap.amprocrighttype, NULL) || ')' || chr(31)
                                  || 'FUNCTION ' || ap.amprocnum || ' ('
                                  || pg_catalog.format_type(ap.amproclefttype, NULL) || ', '
                                  || pg_catalog.format_type(ap.amprocrighttype, NULL) || ') '
                                  || ap.amproc::regprocedure::text
                       FROM pg_catalog.pg_amproc ap
                       JOIN pg_catalog.pg_depend dp ON dp.classid = 'pg_catalog.pg_amproc'::regclass
                            AND dp.objid = ap.oid AND dp.refclassid = 'pg_catalog.pg_opfamily'::regclass
                            AND dp.refobjid = f.oid AND dp.deptype = 'a') m), '{}'::text[]) AS members,
       (SELECT d.description FROM pg_catalog.pg_description d
        WHERE d.classoid = 'pg_catalog.pg_opfamily'::regclass AND d.objoid = f.oid AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_opfamily f
JOIN pg_catalog.pg_namespace n ON n.oid = f.opfnamespace
JOIN pg_catalog.pg_am am ON am.oid = f.opfmethod
WHERE n.nspname::text = ANY (?::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_opfamily'::regclass AND e.objid = f.oid AND e.deptype = 'e')

-- Aggregates of the accepted schemas (the parameter: a text[] of schema names), except those of extensions,
-- each with a CREATE AGGREGATE statement put together from pg_aggregate (pg_get_functiondef refuses
-- aggregates). Options at their default are left out; a final function's modify mode is always written.
SELECT n.nspname::text AS schema_name,
       p.proname::text AS name,
       pg_catalog.oidvectortypes(p.proargtypes) AS argument_types,
       pg_catalog.pg_get_function_identity_arguments(p.oid) AS identity_arguments,
       'CREATE AGGREGATE ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(p.proname)
           || '(' || CASE WHEN p.pronargs = 0 THEN '*' ELSE pg_catalog.pg_get_function_arguments(p.oid) END || ') ('
           || pg_catalog.concat_ws(', ',
                  'SFUNC = ' || a.aggtransfn::regproc::text,
                  'STYPE = ' || pg_catalog.format_type(a.aggtranstype, NULL),
                  CASE WHEN a.aggtransspace <> 0 THEN 'SSPACE = ' || a.aggtransspace END,
                  CASE WHEN a.aggfinalfn <> 0 THEN 'FINALFUNC = ' || a.aggfinalfn::regproc::text END,
                  CASE WHEN a.aggfinalextra THEN 'FINALFUNC_EXTRA' END,
                  CASE WHEN a.aggfinalfn <> 0 THEN 'FINALFUNC_MODIFY = '
                      || CASE a.aggfinalmodify WHEN 'r' THEN 'READ_ONLY' WHEN 's' THEN 'SHAREABLE'
                                               ELSE 'READ_WRITE' END END,
                  CASE WHEN a.aggcombinefn <> 0 THEN 'COMBINEFUNC = ' || a.aggcombinefn::regproc::text END,
                  CASE WHEN a.aggserialfn <> 0 THEN 'SERIALFUNC = ' || a.aggserialfn::regproc::text END,
                  CASE WHEN a.aggdeserialfn <> 0 THEN 'DESERIALFUNC = ' || a.aggdeserialfn::regproc::text END,
                  CASE WHEN a.agginitval IS NOT NULL THEN 'INITCOND = ' || pg_catalog.quote_literal(a.agginitval) END,
                  CASE WHEN a.aggmtransfn <> 0 THEN 'MSFUNC = ' || a.aggmtransfn::regproc::text END,
                  CASE WHEN a.aggminvtransfn <> 0 THEN 'MINVFUNC = ' || a.aggminvtransfn::regproc::text END,
                  CASE WHEN a.aggmtranstype <> 0 THEN 'MSTYPE = ' || pg_catalog.format_type(a.aggmtranstype, NULL) END,
                  CASE WHEN a.aggmtransspace <> 0 THEN 'MSSPACE = ' || a.aggmtransspace END,
                  CASE WHEN a.aggmfinalfn <> 0 THEN 'MFINALFUNC = ' || a.aggmfinalfn::regproc::text END,
                  CASE WHEN a.aggmfinalextra THEN 'MFINALFUNC_EXTRA' END,
                  CASE WHEN a.aggmfinalfn <> 0 THEN 'MFINALFUNC_MODIFY = '
                      || CASE a.aggmfinalmodify WHEN 'r' THEN 'READ_ONLY' WHEN 's' THEN 'SHAREABLE'
                                                ELSE 'READ_WRITE' END END,
                  CASE WHEN a.aggminitval IS NOT NULL THEN 'MINITCOND = ' || pg_catalog.quote_literal(a.aggminitval) END,
                  CASE WHEN a.aggsortop <> 0 THEN 'SORTOP = OPERATOR(' || pg_catalog.quote_ident(opn.nspname) || '.'
                      || o.oprname || ')' END,
                  CASE p.proparallel WHEN 's' THEN 'PARALLEL = SAFE' WHEN 'r' THEN 'PARALLEL = RESTRICTED' END,
                  CASE WHEN a.aggkind = 'h' THEN 'HYPOTHETICAL' END)
           || ')' AS definition,
       (SELECT d.description FROM pg_catalog.pg_description d
        WHERE d.classoid = 'pg_catalog.pg_proc'::regclass AND d.objoid = p.oid AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_aggregate a ON a.aggfnoid = p.oid
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
LEFT JOIN pg_catalog.pg_operator o ON o.oid = a.aggsortop
LEFT JOIN pg_catalog.pg_namespace opn ON opn.oid = o.oprnamespace
WHERE p.prokind = 'a'
  AND n.nspname::text = ANY (?::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_proc'::regclass AND e.objid = p.oid AND e.deptype = 'e')

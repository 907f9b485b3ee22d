-- Operators of the accepted schemas (the parameter: a text[] of schema names), except those of extensions and
-- shells (named as a commutator or negator, never defined). Functions and types print with an empty search
-- path, so qualified; the operand a prefix (or, up to PostgreSQL 13, postfix) operator lacks is NONE; the
-- estimators (RESTRICT, JOIN) come apart, as ALTER OPERATOR changes them in place.
SELECT n.nspname::text AS schema_name,
       o.oprname::text AS name,
       CASE WHEN o.oprleft = 0 THEN 'NONE' ELSE pg_catalog.format_type(o.oprleft, NULL) END AS left_type,
       CASE WHEN o.oprright = 0 THEN 'NONE' ELSE pg_catalog.format_type(o.oprright, NULL) END AS right_type,
       pg_catalog.concat_ws(', ',
           'FUNCTION = ' || o.oprcode::regproc::text,
           CASE WHEN o.oprleft <> 0 THEN 'LEFTARG = ' || pg_catalog.format_type(o.oprleft, NULL) END,
           CASE WHEN o.oprright <> 0 THEN 'RIGHTARG = ' || pg_catalog.format_type(o.oprright, NULL) END,
           CASE WHEN o.oprcom <> 0 THEN 'COMMUTATOR = OPERATOR(' || pg_catalog.quote_ident(cn.nspname) || '.'
               || com.oprname || ')' END,
           CASE WHEN o.oprnegate <> 0 THEN 'NEGATOR = OPERATOR(' || pg_catalog.quote_ident(nn.nspname) || '.'
               || neg.oprname || ')' END,
           CASE WHEN o.oprcanhash THEN 'HASHES' END,
           CASE WHEN o.oprcanmerge THEN 'MERGES' END) AS options,
       CASE WHEN o.oprrest <> 0 THEN o.oprrest::regproc::text END AS restrict,
       CASE WHEN o.oprjoin <> 0 THEN o.oprjoin::regproc::text END AS join,
       (SELECT d.description FROM pg_catalog.pg_description d
        WHERE d.classoid = 'pg_catalog.pg_operator'::regclass AND d.objoid = o.oid AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_operator o
JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace
LEFT JOIN pg_catalog.pg_operator com ON com.oid = o.oprcom
LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = com.oprnamespace
LEFT JOIN pg_catalog.pg_operator neg ON neg.oid = o.oprnegate
LEFT JOIN pg_catalog.pg_namespace nn ON nn.oid = neg.oprnamespace
WHERE n.nspname::text = ANY (?::text[])
  AND o.oprcode <> 0
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_operator'::regclass AND e.objid = o.oid AND e.deptype = 'e')

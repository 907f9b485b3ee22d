-- Extensions installed into an accepted schema (the parameter: a text[] of schema names). plpgsql and
-- the other extensions of pg_catalog are never in scope: every database has them. The members are the names of
-- the objects the extension owns (types, functions, operators, operator classes and families, relations, ...):
-- what the catalog's other objects name schema-qualified when they use them, and what moves with the extension.
SELECT x.extname::text AS name,
       n.nspname::text AS schema_name,
       x.extversion AS version,
       x.extrelocatable AS relocatable,
       ARRAY(SELECT DISTINCT m.name
             FROM pg_catalog.pg_depend d
             CROSS JOIN LATERAL (
                 SELECT t.typname::text FROM pg_catalog.pg_type t
                 WHERE d.classid = 'pg_catalog.pg_type'::regclass AND t.oid = d.objid
                 UNION ALL SELECT p.proname::text FROM pg_catalog.pg_proc p
                 WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND p.oid = d.objid
                 UNION ALL SELECT o.oprname::text FROM pg_catalog.pg_operator o
                 WHERE d.classid = 'pg_catalog.pg_operator'::regclass AND o.oid = d.objid
                 UNION ALL SELECT c.opcname::text FROM pg_catalog.pg_opclass c
                 WHERE d.classid = 'pg_catalog.pg_opclass'::regclass AND c.oid = d.objid
                 UNION ALL SELECT f.opfname::text FROM pg_catalog.pg_opfamily f
                 WHERE d.classid = 'pg_catalog.pg_opfamily'::regclass AND f.oid = d.objid
                 UNION ALL SELECT r.relname::text FROM pg_catalog.pg_class r
                 WHERE d.classid = 'pg_catalog.pg_class'::regclass AND r.oid = d.objid
                 UNION ALL SELECT l.collname::text FROM pg_catalog.pg_collation l
                 WHERE d.classid = 'pg_catalog.pg_collation'::regclass AND l.oid = d.objid
                 UNION ALL SELECT v.conname::text FROM pg_catalog.pg_conversion v
                 WHERE d.classid = 'pg_catalog.pg_conversion'::regclass AND v.oid = d.objid
                 UNION ALL SELECT g.cfgname::text FROM pg_catalog.pg_ts_config g
                 WHERE d.classid = 'pg_catalog.pg_ts_config'::regclass AND g.oid = d.objid
                 UNION ALL SELECT y.dictname::text FROM pg_catalog.pg_ts_dict y
                 WHERE d.classid = 'pg_catalog.pg_ts_dict'::regclass AND y.oid = d.objid
                 UNION ALL SELECT s.prsname::text FROM pg_catalog.pg_ts_parser s
                 WHERE d.classid = 'pg_catalog.pg_ts_parser'::regclass AND s.oid = d.objid
                 UNION ALL SELECT e.tmplname::text FROM pg_catalog.pg_ts_template e
                 WHERE d.classid = 'pg_catalog.pg_ts_template'::regclass AND e.oid = d.objid
             ) m(name)
             WHERE d.refclassid = 'pg_catalog.pg_extension'::regclass AND d.refobjid = x.oid AND d.deptype = 'e'
             ORDER BY 1) AS members,
       (SELECT d.description FROM pg_catalog.pg_description d
        WHERE d.classoid = 'pg_catalog.pg_extension'::regclass AND d.objoid = x.oid AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_extension x
JOIN pg_catalog.pg_namespace n ON n.oid = x.extnamespace
WHERE n.nspname::text = ANY (?::text[])

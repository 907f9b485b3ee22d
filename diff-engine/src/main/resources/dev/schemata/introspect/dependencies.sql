-- What the objects of the accepted schemas (the parameter: a text[] of schema names) depend on, as pg_depend
-- records it (normal dependencies, 'n'), for ordering: views and materialized views (through their rewrite
-- rule); functions and procedures (argument and result types; the tables and routines a SQL-standard body
-- uses); aggregates (their state, final and other functions, state type); tables (column types, inheritance
-- parents, and the routines and types their defaults, generated columns, checks and index expressions use;
-- not foreign keys, which the model has); domains (base type, and what their default and checks use);
-- composite types (attribute types); range types (subtype, functions); operators (function, operand types,
-- estimators); operator classes (type, family, and the operators and functions that belong to them) and
-- families (the operators and functions that belong to them apart from a class, which go with those
-- silently: pg_depend 'a'); casts,
-- conversions, text search templates and parsers (functions), dictionaries (template) and configurations
-- (parser, dictionaries); indexes, and a table's own check constraints named as its indexes are, as
-- users of operator classes, operators, text search configurations and range types only. Only references between objects in
-- the accepted schemas that no extension owns, not to oneself. An array type counts as its element type, a
-- table's row type as the table.
WITH scope AS (
    SELECT n.oid, n.nspname
    FROM pg_catalog.pg_namespace n
    WHERE n.nspname::text = ANY (?::text[])
),
relation AS (
    SELECT c.oid, s.nspname, c.relname AS name,
           CASE c.relkind WHEN 'r' THEN 'TABLE' WHEN 'p' THEN 'TABLE' WHEN 'f' THEN 'TABLE' WHEN 'v' THEN 'VIEW'
                          WHEN 'm' THEN 'MATERIALIZED_VIEW' WHEN 'S' THEN 'SEQUENCE'
                          WHEN 'c' THEN 'COMPOSITE_TYPE' END AS kind
    FROM pg_catalog.pg_class c
    JOIN scope s ON s.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm', 'S', 'c')
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                      WHERE e.deptype = 'e'
                        AND (e.classid = 'pg_catalog.pg_class'::regclass AND e.objid = c.oid
                             OR e.classid = 'pg_catalog.pg_type'::regclass AND e.objid = c.reltype))
),
routine AS (
    SELECT p.oid, s.nspname, p.proname AS name, pg_catalog.oidvectortypes(p.proargtypes) AS argument_types,
           CASE WHEN p.prokind = 'a' THEN 'AGGREGATE' ELSE 'ROUTINE' END AS kind
    FROM pg_catalog.pg_proc p
    JOIN scope s ON s.oid = p.pronamespace
    WHERE p.prokind IN ('f', 'p', 'a')
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                      WHERE e.classid = 'pg_catalog.pg_proc'::regclass AND e.objid = p.oid AND e.deptype IN ('e', 'i'))
),
type AS (
    SELECT t.oid, s.nspname, base.typname AS name,
           CASE base.typtype WHEN 'e' THEN 'ENUM' WHEN 'd' THEN 'DOMAIN' WHEN 'r' THEN 'RANGE_TYPE' END AS kind,
           base.typrelid
    FROM pg_catalog.pg_type t
    JOIN pg_catalog.pg_type base
      ON base.oid = CASE WHEN t.typcategory = 'A' AND t.typelem <> 0 THEN t.typelem ELSE t.oid END
    JOIN scope s ON s.oid = base.typnamespace
    WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                      WHERE e.classid = 'pg_catalog.pg_type'::regclass AND e.objid = base.oid AND e.deptype = 'e')
),
operator AS (
    SELECT o.oid, s.nspname, o.oprname AS name,
           CASE WHEN o.oprleft = 0 THEN 'NONE' ELSE pg_catalog.format_type(o.oprleft, NULL) END || ', '
               || CASE WHEN o.oprright = 0 THEN 'NONE' ELSE pg_catalog.format_type(o.oprright, NULL) END
               AS argument_types
    FROM pg_catalog.pg_operator o
    JOIN scope s ON s.oid = o.oprnamespace
    WHERE o.oprcode <> 0
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                      WHERE e.classid = 'pg_catalog.pg_operator'::regclass AND e.objid = o.oid AND e.deptype = 'e')
),
opclass AS (
    SELECT c.oid, s.nspname, c.opcname AS name, am.amname::text AS argument_types
    FROM pg_catalog.pg_opclass c
    JOIN scope s ON s.oid = c.opcnamespace
    JOIN pg_catalog.pg_am am ON am.oid = c.opcmethod
    WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                      WHERE e.classid = 'pg_catalog.pg_opclass'::regclass AND e.objid = c.oid AND e.deptype = 'e')
),
opfamily AS (
    SELECT f.oid, s.nspname, f.opfname AS name, am.amname::text AS argument_types
    FROM pg_catalog.pg_opfamily f
    JOIN scope s ON s.oid = f.opfnamespace
    JOIN pg_catalog.pg_am am ON am.oid = f.opfmethod
    WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                      WHERE e.classid = 'pg_catalog.pg_opfamily'::regclass AND e.objid = f.oid AND e.deptype = 'e')
),
text_search AS (
    SELECT 'pg_catalog.pg_ts_dict'::regclass AS classid, x.oid, s.nspname, x.dictname AS name,
           'TEXT_SEARCH_DICTIONARY' AS kind
    FROM pg_catalog.pg_ts_dict x
    JOIN scope s ON s.oid = x.dictnamespace
    UNION ALL
    SELECT 'pg_catalog.pg_ts_config'::regclass, x.oid, s.nspname, x.cfgname, 'TEXT_SEARCH_CONFIGURATION'
    FROM pg_catalog.pg_ts_config x
    JOIN scope s ON s.oid = x.cfgnamespace
    UNION ALL
    SELECT 'pg_catalog.pg_conversion'::regclass, x.oid, s.nspname, x.conname, 'CONVERSION'
    FROM pg_catalog.pg_conversion x
    JOIN scope s ON s.oid = x.connamespace
    UNION ALL
    SELECT 'pg_catalog.pg_ts_template'::regclass, x.oid, s.nspname, x.tmplname, 'TEXT_SEARCH_TEMPLATE'
    FROM pg_catalog.pg_ts_template x
    JOIN scope s ON s.oid = x.tmplnamespace
    UNION ALL
    SELECT 'pg_catalog.pg_ts_parser'::regclass, x.oid, s.nspname, x.prsname, 'TEXT_SEARCH_PARSER'
    FROM pg_catalog.pg_ts_parser x
    JOIN scope s ON s.oid = x.prsnamespace
),
-- Each dependent object: the catalog row pg_depend names it by (classid, objid), and its identity.
dependent AS (
    SELECT 'pg_catalog.pg_rewrite'::regclass AS classid, rw.oid AS objid,
           r.kind, r.nspname, r.name, NULL::text AS argument_types, r.oid AS self
    FROM pg_catalog.pg_rewrite rw
    JOIN relation r ON r.oid = rw.ev_class
    WHERE r.kind IN ('VIEW', 'MATERIALIZED_VIEW')
    UNION ALL
    SELECT 'pg_catalog.pg_proc'::regclass, p.oid, p.kind, p.nspname, p.name, p.argument_types, p.oid
    FROM routine p
    UNION ALL
    SELECT 'pg_catalog.pg_class'::regclass, r.oid, r.kind, r.nspname, r.name, NULL, r.oid
    FROM relation r
    WHERE r.kind IN ('TABLE', 'COMPOSITE_TYPE')
    UNION ALL
    SELECT 'pg_catalog.pg_attrdef'::regclass, ad.oid, r.kind, r.nspname, r.name, NULL, r.oid
    FROM pg_catalog.pg_attrdef ad
    JOIN relation r ON r.oid = ad.adrelid AND r.kind = 'TABLE'
    UNION ALL
    SELECT 'pg_catalog.pg_constraint'::regclass, con.oid, r.kind, r.nspname, r.name, NULL, r.oid
    FROM pg_catalog.pg_constraint con
    JOIN relation r ON r.oid = con.conrelid AND r.kind = 'TABLE'
    WHERE con.contype <> 'f'
    UNION ALL
    SELECT 'pg_catalog.pg_class'::regclass, i.indexrelid, r.kind, r.nspname, r.name, NULL, r.oid
    FROM pg_catalog.pg_index i
    JOIN relation r ON r.oid = i.indrelid AND r.kind = 'TABLE'
    UNION ALL
    SELECT 'pg_catalog.pg_type'::regclass, t.oid, 'DOMAIN', t.nspname, t.name, NULL, t.oid
    FROM type t
    WHERE t.kind = 'DOMAIN'
    UNION ALL
    SELECT 'pg_catalog.pg_constraint'::regclass, con.oid, 'DOMAIN', t.nspname, t.name, NULL, t.oid
    FROM pg_catalog.pg_constraint con
    JOIN type t ON t.oid = con.contypid AND t.kind = 'DOMAIN'
    UNION ALL
    SELECT 'pg_catalog.pg_type'::regclass, t.oid, 'RANGE_TYPE', t.nspname, t.name, NULL, t.oid
    FROM type t
    WHERE t.kind = 'RANGE_TYPE'
    UNION ALL
    SELECT 'pg_catalog.pg_operator'::regclass, o.oid, 'OPERATOR', o.nspname, o.name, o.argument_types, o.oid
    FROM operator o
    UNION ALL
    SELECT 'pg_catalog.pg_opclass'::regclass, c.oid, 'OPERATOR_CLASS', c.nspname, c.name, c.argument_types, c.oid
    FROM opclass c
    UNION ALL
    SELECT i.classid, i.objid, 'OPERATOR_CLASS', c.nspname, c.name, c.argument_types, c.oid
    FROM pg_catalog.pg_depend i
    JOIN opclass c ON i.refclassid = 'pg_catalog.pg_opclass'::regclass AND i.refobjid = c.oid
    WHERE i.classid IN ('pg_catalog.pg_amop'::regclass, 'pg_catalog.pg_amproc'::regclass) AND i.deptype = 'i'
    UNION ALL
    SELECT i.classid, i.objid, 'OPERATOR_FAMILY', f.nspname, f.name, f.argument_types, f.oid
    FROM pg_catalog.pg_depend i
    JOIN opfamily f ON i.refclassid = 'pg_catalog.pg_opfamily'::regclass AND i.refobjid = f.oid
    WHERE i.classid IN ('pg_catalog.pg_amop'::regclass, 'pg_catalog.pg_amproc'::regclass) AND i.deptype = 'a'
    UNION ALL
    SELECT x.classid, x.oid, x.kind, x.nspname, x.name, NULL, x.oid
    FROM text_search x
    UNION ALL
    SELECT 'pg_catalog.pg_cast'::regclass, c.oid, 'CAST', '',
           '(' || pg_catalog.format_type(c.castsource, NULL) || ' AS ' || pg_catalog.format_type(c.casttarget, NULL)
               || ')', NULL, c.oid
    FROM pg_catalog.pg_cast c
    WHERE c.oid >= 16384
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                      WHERE e.classid = 'pg_catalog.pg_cast'::regclass AND e.objid = c.oid AND e.deptype IN ('e', 'i'))
    UNION ALL
    SELECT 'pg_catalog.pg_class'::regclass, i.indexrelid, 'INDEX', r.nspname, ic.relname, NULL, i.indexrelid
    FROM pg_catalog.pg_index i
    JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
    JOIN relation r ON r.oid = i.indrelid AND r.kind IN ('TABLE', 'MATERIALIZED_VIEW')
    UNION ALL
    -- a table's own check constraint, named as its indexes and keys are (a range type it names by a constant)
    SELECT 'pg_catalog.pg_constraint'::regclass, con.oid, 'INDEX', r.nspname, con.conname, NULL, con.oid
    FROM pg_catalog.pg_constraint con
    JOIN relation r ON r.oid = con.conrelid AND r.kind = 'TABLE'
    WHERE con.contype = 'c' AND con.conislocal
),
-- Each object one can depend on: the catalog row pg_depend names it by, and its identity.
referenced AS (
    SELECT 'pg_catalog.pg_class'::regclass AS classid, r.oid AS objid,
           r.kind, r.nspname, r.name, NULL::text AS argument_types, r.oid AS self
    FROM relation r
    UNION ALL
    SELECT 'pg_catalog.pg_proc'::regclass, p.oid, p.kind, p.nspname, p.name, p.argument_types, p.oid
    FROM routine p
    UNION ALL
    SELECT 'pg_catalog.pg_type'::regclass, t.oid, COALESCE(r.kind, t.kind), COALESCE(r.nspname, t.nspname),
           COALESCE(r.name, t.name), NULL, COALESCE(r.oid, t.oid)
    FROM type t
    LEFT JOIN relation r ON r.oid = t.typrelid
    WHERE t.kind IS NOT NULL OR r.oid IS NOT NULL
    UNION ALL
    SELECT 'pg_catalog.pg_operator'::regclass, o.oid, 'OPERATOR', o.nspname, o.name, o.argument_types, o.oid
    FROM operator o
    UNION ALL
    SELECT 'pg_catalog.pg_opclass'::regclass, c.oid, 'OPERATOR_CLASS', c.nspname, c.name, c.argument_types, c.oid
    FROM opclass c
    UNION ALL
    SELECT 'pg_catalog.pg_opfamily'::regclass, f.oid, 'OPERATOR_FAMILY', f.nspname, f.name, f.argument_types, f.oid
    FROM opfamily f
    UNION ALL
    SELECT x.classid, x.oid, x.kind, x.nspname, x.name, NULL, x.oid
    FROM text_search x
)
SELECT DISTINCT
       dep.kind AS dependent_kind, dep.nspname::text AS dependent_schema, dep.name::text AS dependent_name,
       dep.argument_types AS dependent_argument_types,
       ref.kind AS referenced_kind, ref.nspname::text AS referenced_schema, ref.name::text AS referenced_name,
       ref.argument_types AS referenced_argument_types
FROM dependent dep
JOIN pg_catalog.pg_depend d ON d.classid = dep.classid AND d.objid = dep.objid
     AND (d.deptype = 'n' OR d.deptype = 'a' AND dep.kind IN ('OPERATOR_CLASS', 'OPERATOR_FAMILY'))
JOIN referenced ref ON ref.classid = d.refclassid AND ref.objid = d.refobjid
WHERE ref.self <> dep.self
  AND (dep.kind <> 'INDEX' OR ref.kind IN ('OPERATOR', 'OPERATOR_CLASS', 'TEXT_SEARCH_CONFIGURATION', 'RANGE_TYPE'))

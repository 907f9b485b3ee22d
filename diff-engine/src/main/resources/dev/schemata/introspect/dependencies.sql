-- What the objects of the accepted schemas (the parameter: a text[] of schema names) depend on, as pg_depend
-- records it (normal dependencies, 'n'), for ordering: views and materialized views (through their rewrite
-- rule); functions and procedures (argument and result types; the tables and routines a SQL-standard body
-- uses); aggregates (their state, final and other functions, state type); tables (column types, inheritance
-- parents, and the routines and types their defaults, generated columns, checks and index expressions use;
-- not foreign keys, which the model has); domains (base type, and what their default and checks use);
-- composite types (attribute types); range types (subtype, functions). Only references between objects in
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
)
SELECT DISTINCT
       dep.kind AS dependent_kind, dep.nspname::text AS dependent_schema, dep.name::text AS dependent_name,
       dep.argument_types AS dependent_argument_types,
       ref.kind AS referenced_kind, ref.nspname::text AS referenced_schema, ref.name::text AS referenced_name,
       ref.argument_types AS referenced_argument_types
FROM dependent dep
JOIN pg_catalog.pg_depend d ON d.classid = dep.classid AND d.objid = dep.objid AND d.deptype = 'n'
JOIN referenced ref ON ref.classid = d.refclassid AND ref.objid = d.refobjid
WHERE ref.self <> dep.self

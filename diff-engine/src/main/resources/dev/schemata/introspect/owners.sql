-- The owners of the accepted schemas (the parameter: a text[] of schema names) and of the objects in them that
-- privileges cover and no extension owns. A sequence that belongs to a column (serial, OWNED BY, identity)
-- is left out: it always has its table's owner, and follows it.
WITH scope AS (
    SELECT n.oid, n.nspname, n.nspowner
    FROM pg_catalog.pg_namespace n
    WHERE n.nspname::text = ANY (?::text[])
),
owned AS (
    SELECT 'SCHEMA ' || pg_catalog.quote_ident(s.nspname) AS "on", NULL::text AS kind, s.nspname,
           NULL::name AS name, NULL::text AS argument_types, s.nspowner AS owner
    FROM scope s
    UNION ALL
    SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE ' WHEN 'v' THEN 'VIEW ' WHEN 'm' THEN 'MATERIALIZED VIEW '
                          ELSE 'TABLE ' END
               || pg_catalog.quote_ident(s.nspname) || '.' || pg_catalog.quote_ident(c.relname),
           CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED_VIEW'
                          ELSE 'TABLE' END,
           s.nspname, c.relname, NULL, c.relowner
    FROM pg_catalog.pg_class c
    JOIN scope s ON s.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S')
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                      WHERE e.classid = 'pg_catalog.pg_class'::regclass AND e.objid = c.oid
                        AND (e.deptype = 'e' OR c.relkind = 'S' AND e.deptype IN ('a', 'i')
                             AND e.refclassid = 'pg_catalog.pg_class'::regclass))
    UNION ALL
    SELECT 'ROUTINE ' || pg_catalog.quote_ident(s.nspname) || '.' || pg_catalog.quote_ident(p.proname)
               || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')',
           'ROUTINE', s.nspname, p.proname, pg_catalog.oidvectortypes(p.proargtypes), p.proowner
    FROM pg_catalog.pg_proc p
    JOIN scope s ON s.oid = p.pronamespace
    WHERE p.prokind IN ('f', 'p')
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                      WHERE e.classid = 'pg_catalog.pg_proc'::regclass AND e.objid = p.oid AND e.deptype IN ('e', 'i'))
    UNION ALL
    SELECT CASE WHEN t.typtype = 'd' THEN 'DOMAIN ' ELSE 'TYPE ' END
               || pg_catalog.quote_ident(s.nspname) || '.' || pg_catalog.quote_ident(t.typname),
           CASE t.typtype WHEN 'e' THEN 'ENUM' WHEN 'd' THEN 'DOMAIN' WHEN 'r' THEN 'RANGE_TYPE'
                          ELSE 'COMPOSITE_TYPE' END,
           s.nspname, t.typname, NULL, t.typowner
    FROM pg_catalog.pg_type t
    JOIN scope s ON s.oid = t.typnamespace
    LEFT JOIN pg_catalog.pg_class tc ON tc.oid = t.typrelid
    WHERE (t.typtype IN ('e', 'd', 'r') OR t.typtype = 'c' AND tc.relkind = 'c')
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                      WHERE e.classid = 'pg_catalog.pg_type'::regclass AND e.objid = t.oid AND e.deptype = 'e')
)
SELECT o."on",
       o.kind,
       o.nspname::text AS schema_name,
       o.name::text AS name,
       o.argument_types,
       r.rolname::text AS owner
FROM owned o
JOIN pg_catalog.pg_roles r ON r.oid = o.owner

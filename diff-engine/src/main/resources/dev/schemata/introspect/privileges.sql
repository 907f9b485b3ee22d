-- Privileges on the accepted schemas (the parameter: a text[] of schema names) and on the objects in them
-- that no extension owns, where they differ from PostgreSQL's default for the kind (acldefault): granted
-- beyond it, or a default one revoked. A NULL ACL is the default. Entries of the owner are left out (owners
-- differ between databases; ownership is not part of the model), and so is the grantor. A column has no
-- default privileges (NULL: aclexplode gives no rows for it). The public schema's default is what initdb gives
-- it from PostgreSQL 15 on: USAGE for PUBLIC besides the owner's.
WITH scope AS (
    SELECT n.oid, n.nspname, n.nspacl, n.nspowner
    FROM pg_catalog.pg_namespace n
    WHERE n.nspname::text = ANY (?::text[])
),
target AS (
    SELECT 'SCHEMA ' || pg_catalog.quote_ident(s.nspname) AS "on", NULL::text AS kind, s.nspname,
           NULL::name AS name, NULL::text AS argument_types, NULL::name AS column_name,
           s.nspacl AS acl,
           CASE WHEN s.nspname = 'public'
                THEN pg_catalog.array_append(pg_catalog.acldefault('n', s.nspowner),
                                             pg_catalog.makeaclitem(0, s.nspowner, 'USAGE', false))
                ELSE pg_catalog.acldefault('n', s.nspowner) END AS defaults,
           s.nspowner AS owner
    FROM scope s
    UNION ALL
    SELECT CASE WHEN c.relkind = 'S' THEN 'SEQUENCE ' ELSE 'TABLE ' END
               || pg_catalog.quote_ident(s.nspname) || '.' || pg_catalog.quote_ident(c.relname),
           CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED_VIEW'
                          ELSE 'TABLE' END,
           s.nspname, c.relname, NULL, NULL, c.relacl,
           pg_catalog.acldefault(CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::"char", c.relowner), c.relowner
    FROM pg_catalog.pg_class c
    JOIN scope s ON s.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm', 'S')
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                      WHERE e.classid = 'pg_catalog.pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
    UNION ALL
    SELECT 'TABLE ' || pg_catalog.quote_ident(s.nspname) || '.' || pg_catalog.quote_ident(c.relname),
           CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED_VIEW' ELSE 'TABLE' END,
           s.nspname, c.relname, NULL, a.attname, a.attacl, NULL::aclitem[], c.relowner
    FROM pg_catalog.pg_attribute a
    JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
    JOIN scope s ON s.oid = c.relnamespace
    WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped
      AND c.relkind IN ('r', 'p', 'f', 'v', 'm')
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                      WHERE e.classid = 'pg_catalog.pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
    UNION ALL
    SELECT 'ROUTINE ' || pg_catalog.quote_ident(s.nspname) || '.' || pg_catalog.quote_ident(p.proname)
               || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')',
           'ROUTINE', s.nspname, p.proname, pg_catalog.oidvectortypes(p.proargtypes), NULL, p.proacl,
           pg_catalog.acldefault('f', p.proowner), p.proowner
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
           s.nspname, t.typname, NULL, NULL, t.typacl, pg_catalog.acldefault('T', t.typowner), t.typowner
    FROM pg_catalog.pg_type t
    JOIN scope s ON s.oid = t.typnamespace
    LEFT JOIN pg_catalog.pg_class tc ON tc.oid = t.typrelid
    WHERE (t.typtype IN ('e', 'd', 'r') OR t.typtype = 'c' AND tc.relkind = 'c')
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                      WHERE e.classid = 'pg_catalog.pg_type'::regclass AND e.objid = t.oid AND e.deptype = 'e')
),
held AS (
    SELECT t."on", t.kind, t.nspname, t.name, t.argument_types, t.column_name, t.owner,
           x.grantee, x.privilege_type, x.is_grantable, true AS granted
    FROM target t, pg_catalog.aclexplode(COALESCE(t.acl, t.defaults)) AS x
),
defaulted AS (
    SELECT t."on", t.kind, t.nspname, t.name, t.argument_types, t.column_name, t.owner,
           x.grantee, x.privilege_type, x.is_grantable, false AS granted
    FROM target t, pg_catalog.aclexplode(t.defaults) AS x
),
differing AS (
    (SELECT "on", kind, nspname, name, argument_types, column_name, owner, grantee, privilege_type, is_grantable,
            granted FROM held
     EXCEPT
     SELECT "on", kind, nspname, name, argument_types, column_name, owner, grantee, privilege_type, is_grantable,
            true FROM defaulted)
    UNION ALL
    (SELECT "on", kind, nspname, name, argument_types, column_name, owner, grantee, privilege_type, is_grantable,
            granted FROM defaulted
     EXCEPT
     SELECT "on", kind, nspname, name, argument_types, column_name, owner, grantee, privilege_type, is_grantable,
            false FROM held)
)
SELECT d."on",
       d.kind,
       d.nspname::text AS schema_name,
       d.name::text AS name,
       d.argument_types,
       d.column_name::text AS column_name,
       CASE WHEN d.grantee = 0 THEN 'PUBLIC' ELSE r.rolname::text END AS grantee,
       d.privilege_type AS privilege,
       d.is_grantable AS grantable,
       d.granted
FROM differing d
LEFT JOIN pg_catalog.pg_roles r ON r.oid = d.grantee
WHERE d.grantee <> d.owner

-- Default privileges (ALTER DEFAULT PRIVILEGES) that differ from the built-in ones: for every schema, or for
-- one of the accepted schemas (the parameter: a text[] of schema names). An entry for every schema replaces the
-- built-in default (acldefault), so a default that is missing from it was revoked; an entry for one schema only
-- adds to it. The creating role's own privileges are left out, and so is the grantor. The creating role is
-- NULL when it is the role reading the catalog: a shadow database and a target are read by different roles.
WITH entry AS (
    SELECT d.defaclrole, d.defaclobjtype, n.nspname, d.defaclacl AS acl,
           CASE WHEN d.defaclnamespace = 0 THEN pg_catalog.acldefault(d.defaclobjtype, d.defaclrole)
                ELSE NULL::aclitem[] END AS defaults
    FROM pg_catalog.pg_default_acl d
    LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace
    WHERE d.defaclnamespace = 0 OR n.nspname::text = ANY (?::text[])
),
held AS (
    SELECT e.defaclrole, e.defaclobjtype, e.nspname, x.grantee, x.privilege_type, x.is_grantable
    FROM entry e, pg_catalog.aclexplode(e.acl) AS x
),
defaulted AS (
    SELECT e.defaclrole, e.defaclobjtype, e.nspname, x.grantee, x.privilege_type, x.is_grantable
    FROM entry e, pg_catalog.aclexplode(e.defaults) AS x
),
differing AS (
    (SELECT *, true AS granted FROM held EXCEPT SELECT *, true FROM defaulted)
    UNION ALL
    (SELECT *, false AS granted FROM defaulted EXCEPT SELECT *, false FROM held)
)
SELECT CASE WHEN d.defaclrole = (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = CURRENT_USER) THEN NULL
            ELSE role.rolname::text END AS role_name,
       d.nspname::text AS schema_name,
       CASE d.defaclobjtype WHEN 'r' THEN 'TABLES' WHEN 'S' THEN 'SEQUENCES' WHEN 'f' THEN 'FUNCTIONS'
                            WHEN 'T' THEN 'TYPES' WHEN 'n' THEN 'SCHEMAS' END AS objects,
       CASE WHEN d.grantee = 0 THEN 'PUBLIC' ELSE r.rolname::text END AS grantee,
       d.privilege_type AS privilege,
       d.is_grantable AS grantable,
       d.granted
FROM differing d
JOIN pg_catalog.pg_roles role ON role.oid = d.defaclrole
LEFT JOIN pg_catalog.pg_roles r ON r.oid = d.grantee
WHERE d.grantee <> d.defaclrole
  AND d.defaclobjtype IN ('r', 'S', 'f', 'T', 'n')

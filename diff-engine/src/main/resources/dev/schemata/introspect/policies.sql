-- Row level security policies on the tables of the accepted schemas (the parameter: a text[] of schema
-- names), except those on tables of extensions. Role 0 is PUBLIC; the other roles sorted by name.
SELECT n.nspname::text AS schema_name,
       c.relname::text AS table_name,
       p.polname::text AS name,
       p.polpermissive AS permissive,
       CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE' WHEN 'd' THEN 'DELETE'
                     ELSE 'ALL' END AS command,
       ARRAY(SELECT role_name
             FROM (SELECT CASE WHEN r.role = 0 THEN 'PUBLIC' ELSE a.rolname::text END AS role_name
                   FROM unnest(p.polroles) AS r(role)
                   LEFT JOIN pg_catalog.pg_roles a ON a.oid = r.role) AS named
             ORDER BY role_name COLLATE "C") AS roles,
       pg_catalog.pg_get_expr(p.polqual, p.polrelid) AS using_expression,
       pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) AS with_check_expression,
       (SELECT d.description FROM pg_catalog.pg_description d
        WHERE d.classoid = 'pg_catalog.pg_policy'::regclass AND d.objoid = p.oid AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_policy p
JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname::text = ANY (?::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')

-- Collations of the accepted schemas (the parameter: a text[] of schema names), except those of extensions.
-- The ICU locale column changed name across versions (colliculocale in 15 and 16, colllocale from 17) and
-- rules came in 16: read through to_jsonb, which has whatever columns the server has.
SELECT n.nspname::text AS schema_name,
       co.collname::text AS name,
       CASE co.collprovider WHEN 'i' THEN 'icu' WHEN 'b' THEN 'builtin' ELSE 'libc' END AS provider,
       COALESCE(pg_catalog.to_jsonb(co) ->> 'colllocale', pg_catalog.to_jsonb(co) ->> 'colliculocale') AS locale,
       CASE WHEN co.collprovider = 'c' THEN pg_catalog.to_jsonb(co) ->> 'collcollate' END AS lc_collate,
       CASE WHEN co.collprovider = 'c' THEN pg_catalog.to_jsonb(co) ->> 'collctype' END AS lc_ctype,
       co.collisdeterministic AS deterministic,
       pg_catalog.to_jsonb(co) ->> 'collicurules' AS rules,
       (SELECT d.description FROM pg_catalog.pg_description d
        WHERE d.classoid = 'pg_catalog.pg_collation'::regclass AND d.objoid = co.oid AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_collation co
JOIN pg_catalog.pg_namespace n ON n.oid = co.collnamespace
WHERE n.nspname::text = ANY (?::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_collation'::regclass AND e.objid = co.oid AND e.deptype = 'e')

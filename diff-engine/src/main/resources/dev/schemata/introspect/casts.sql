-- User-defined casts (the parameter: a text[] of schema names). pg_cast has no schema: a cast is in scope when
-- its source type, target type or function is in an accepted schema, and left out when an extension owns it
-- or it is part of another object (a range type's cast to its multirange).
-- Built-in casts are below the first user object id. Types print with an empty search path, so qualified.
WITH scope AS (
    SELECT n.oid FROM pg_catalog.pg_namespace n WHERE n.nspname::text = ANY (?::text[])
)
SELECT pg_catalog.format_type(c.castsource, NULL) AS source,
       pg_catalog.format_type(c.casttarget, NULL) AS target,
       'CREATE CAST (' || pg_catalog.format_type(c.castsource, NULL) || ' AS '
           || pg_catalog.format_type(c.casttarget, NULL) || ') '
           || CASE c.castmethod WHEN 'f' THEN 'WITH FUNCTION ' || c.castfunc::regprocedure::text
                                WHEN 'i' THEN 'WITH INOUT' ELSE 'WITHOUT FUNCTION' END
           || CASE c.castcontext WHEN 'a' THEN ' AS ASSIGNMENT' WHEN 'i' THEN ' AS IMPLICIT' ELSE '' END
           AS definition,
       (SELECT d.description FROM pg_catalog.pg_description d
        WHERE d.classoid = 'pg_catalog.pg_cast'::regclass AND d.objoid = c.oid AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_cast c
JOIN pg_catalog.pg_type s ON s.oid = c.castsource
JOIN pg_catalog.pg_type t ON t.oid = c.casttarget
LEFT JOIN pg_catalog.pg_proc f ON f.oid = c.castfunc
WHERE c.oid >= 16384
  AND (s.typnamespace IN (SELECT oid FROM scope) OR t.typnamespace IN (SELECT oid FROM scope)
       OR f.pronamespace IN (SELECT oid FROM scope))
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_cast'::regclass AND e.objid = c.oid AND e.deptype IN ('e', 'i'))

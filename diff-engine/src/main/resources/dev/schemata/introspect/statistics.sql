-- Extended statistics objects of the accepted schemas (the parameter: a text[] of schema names), except those
-- on tables of extensions. The default target is -1 up to PostgreSQL 16 and NULL from 17: both print as NULL.
SELECT n.nspname::text AS schema_name,
       s.stxname::text AS name,
       tn.nspname::text AS table_schema,
       t.relname::text AS table_name,
       pg_catalog.pg_get_statisticsobjdef(s.oid) AS definition,
       NULLIF(s.stxstattarget::integer, -1) AS statistics_target,
       (SELECT d.description FROM pg_catalog.pg_description d
        WHERE d.classoid = 'pg_catalog.pg_statistic_ext'::regclass AND d.objoid = s.oid AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_statistic_ext s
JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace
JOIN pg_catalog.pg_class t ON t.oid = s.stxrelid
JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
WHERE n.nspname::text = ANY (?::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_class'::regclass AND e.objid = t.oid AND e.deptype = 'e')

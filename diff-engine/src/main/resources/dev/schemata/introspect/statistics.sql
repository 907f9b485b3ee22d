-- Extended statistics objects of the accepted schemas (the parameter: a text[] of schema names), except those
-- on tables of extensions. The default target is -1 up to PostgreSQL 16 and NULL from 17: both print as NULL.
SELECT n.nspname::text AS schema_name,
       s.stxname::text AS name,
       tn.nspname::text AS table_schema,
       t.relname::text AS table_name,
       -- the columns as sorted by name: PostgreSQL lists them by position, which differs for a column added
       -- later (the diff does not compare column order); overlay: SQL syntax, not qualified
       CASE WHEN pg_catalog.strpos(o.def, ' ON ' || c.by_position) > 0
            THEN overlay(o.def PLACING ' ON ' || c.by_name
                                    FROM pg_catalog.strpos(o.def, ' ON ' || c.by_position)
                                    FOR pg_catalog.length(' ON ' || c.by_position))
            ELSE o.def END AS definition,
       NULLIF(s.stxstattarget::integer, -1) AS statistics_target,
       (SELECT d.description FROM pg_catalog.pg_description d
        WHERE d.classoid = 'pg_catalog.pg_statistic_ext'::regclass AND d.objoid = s.oid AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_statistic_ext s
JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace
JOIN pg_catalog.pg_class t ON t.oid = s.stxrelid
JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
CROSS JOIN LATERAL (SELECT pg_catalog.pg_get_statisticsobjdef(s.oid) AS def) o
CROSS JOIN LATERAL (
    SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname), ', ' ORDER BY a.attname) AS by_name,
           pg_catalog.string_agg(pg_catalog.quote_ident(a.attname), ', ' ORDER BY k.n) AS by_position
    FROM pg_catalog.unnest(s.stxkeys::pg_catalog.int2[]) WITH ORDINALITY AS k(attnum, n)
    JOIN pg_catalog.pg_attribute a ON a.attrelid = s.stxrelid AND a.attnum = k.attnum) c
WHERE n.nspname::text = ANY (?::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_class'::regclass AND e.objid = t.oid AND e.deptype = 'e')

-- Event triggers whose function is in an accepted schema (the parameter: a text[] of schema names):
-- event triggers belong to no schema. Those of extensions are left out.
SELECT et.evtname::text AS name,
       et.evtevent::text AS event,
       COALESCE(et.evttags, '{}'::text[]) AS tags,
       fn.nspname::text AS function_schema,
       f.proname::text AS function_name,
       et.evtenabled::text AS state,
       (SELECT d.description FROM pg_catalog.pg_description d
        WHERE d.classoid = 'pg_catalog.pg_event_trigger'::regclass AND d.objoid = et.oid AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_event_trigger et
JOIN pg_catalog.pg_proc f ON f.oid = et.evtfoid
JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
WHERE fn.nspname::text = ANY (?::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_event_trigger'::regclass AND e.objid = et.oid
                    AND e.deptype = 'e')

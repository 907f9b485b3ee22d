-- The columns of every table, view, materialized view and composite type in scope (the parameter: a text[]
-- of schema names), in physical order. A relation of an extension is left out, also when only its row type
-- is the extension's member (so it is for composite types).
-- An identity column brings the options of its implicit sequence, found through the sequence's internal
-- dependency ('i') on the column, and the sequence's name; the column of a partition shares the sequence of its
-- partition root.
-- A stored generated column's expression is not a default. Storage is read where it differs from the type's;
-- compression where one is set.
SELECT n.nspname::text AS schema_name,
       c.relname::text AS table_name,
       a.attname::text AS name,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
       a.attnotnull AS not_null,
       CASE WHEN a.attgenerated = '' THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END AS default_expression,
       CASE WHEN a.attgenerated = 's' THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END AS generated_expression,
       a.attidentity::text AS identity,
       pg_catalog.format_type(s.seqtypid, NULL) AS identity_type,
       s.seqstart AS identity_start,
       s.seqincrement AS identity_increment,
       s.seqmin AS identity_min,
       s.seqmax AS identity_max,
       s.seqcache AS identity_cache,
       s.seqcycle AS identity_cycle,
       sn.nspname::text AS identity_sequence_schema,
       sc.relname::text AS identity_sequence_name,
       CASE WHEN a.attcollation <> t.typcollation THEN
           CASE WHEN coll.collnamespace = 'pg_catalog'::regnamespace THEN pg_catalog.quote_ident(coll.collname)
                ELSE pg_catalog.quote_ident(colln.nspname) || '.' || pg_catalog.quote_ident(coll.collname) END
       END AS collation,
       (SELECT d.description FROM pg_catalog.pg_description d
        WHERE d.classoid = 'pg_catalog.pg_class'::regclass AND d.objoid = c.oid AND d.objsubid = a.attnum) AS comment,
       CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage::text END AS storage,
       t.typstorage::text AS type_storage,
       -- attcompression exists from PostgreSQL 14 (CatalogQuery.COLUMNS reads it as '' on 13)
       NULLIF(a.attcompression, '')::text AS compression
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_catalog.pg_collation coll ON coll.oid = a.attcollation
LEFT JOIN pg_catalog.pg_namespace colln ON colln.oid = coll.collnamespace
LEFT JOIN pg_catalog.pg_attribute identity_owner
       ON a.attidentity <> '' AND identity_owner.attname = a.attname
      AND identity_owner.attrelid = COALESCE(pg_catalog.pg_partition_root(c.oid), c.oid)
LEFT JOIN pg_catalog.pg_depend idep
       ON idep.refclassid = 'pg_catalog.pg_class'::regclass AND idep.refobjid = identity_owner.attrelid
      AND idep.refobjsubid = identity_owner.attnum AND idep.classid = 'pg_catalog.pg_class'::regclass
      AND idep.deptype = 'i'
LEFT JOIN pg_catalog.pg_sequence s ON s.seqrelid = idep.objid
LEFT JOIN pg_catalog.pg_class sc ON sc.oid = s.seqrelid
LEFT JOIN pg_catalog.pg_namespace sn ON sn.oid = sc.relnamespace
WHERE a.attnum > 0
  AND NOT a.attisdropped
  AND c.relkind IN ('r', 'p', 'f', 'v', 'm', 'c')
  AND n.nspname::text = ANY (?::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.deptype = 'e'
                    AND (e.classid = 'pg_catalog.pg_class'::regclass AND e.objid = c.oid
                         OR e.classid = 'pg_catalog.pg_type'::regclass AND e.objid = c.reltype))
ORDER BY n.nspname, c.relname, a.attnum

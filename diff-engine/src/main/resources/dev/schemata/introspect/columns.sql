-- The columns of every table, view, materialized view and composite type in scope (the parameter: a text[]
-- of schema names), in physical order. A relation of an extension is left out, also when only its row type
-- is the extension's member (so it is for composite types).
-- An identity column brings the options of its implicit sequence, found through the sequence's internal
-- dependency ('i') on the column, and the sequence's name; the column of a partition shares the sequence of its
-- partition root. That lookup is a lateral subquery that only identity columns enter, and comments are joined:
-- a join of every column to the whole of pg_attribute, and a subquery per column for its comment, made this
-- query a fifth slower at 1000 tables.
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
       pg_catalog.format_type(ident.seqtypid, NULL) AS identity_type,
       ident.seqstart AS identity_start,
       ident.seqincrement AS identity_increment,
       ident.seqmin AS identity_min,
       ident.seqmax AS identity_max,
       ident.seqcache AS identity_cache,
       ident.seqcycle AS identity_cycle,
       ident.sequence_schema AS identity_sequence_schema,
       ident.sequence_name AS identity_sequence_name,
       CASE WHEN a.attcollation <> t.typcollation THEN
           CASE WHEN coll.collnamespace = 'pg_catalog'::regnamespace THEN pg_catalog.quote_ident(coll.collname)
                ELSE pg_catalog.quote_ident(colln.nspname) || '.' || pg_catalog.quote_ident(coll.collname) END
       END AS collation,
       d.description AS comment,
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
LEFT JOIN pg_catalog.pg_description d
       ON d.classoid = 'pg_catalog.pg_class'::regclass AND d.objoid = c.oid AND d.objsubid = a.attnum
LEFT JOIN LATERAL (
    SELECT s.seqtypid, s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
           sn.nspname::text AS sequence_schema, sc.relname::text AS sequence_name
    FROM pg_catalog.pg_attribute identity_owner
    JOIN pg_catalog.pg_depend idep
      ON idep.refclassid = 'pg_catalog.pg_class'::regclass AND idep.refobjid = identity_owner.attrelid
     AND idep.refobjsubid = identity_owner.attnum AND idep.classid = 'pg_catalog.pg_class'::regclass
     AND idep.deptype = 'i'
    JOIN pg_catalog.pg_sequence s ON s.seqrelid = idep.objid
    JOIN pg_catalog.pg_class sc ON sc.oid = s.seqrelid
    JOIN pg_catalog.pg_namespace sn ON sn.oid = sc.relnamespace
    WHERE a.attidentity <> '' AND identity_owner.attname = a.attname
      AND identity_owner.attrelid = COALESCE(pg_catalog.pg_partition_root(c.oid), c.oid)
) ident ON true
WHERE a.attnum > 0
  AND NOT a.attisdropped
  AND c.relkind IN ('r', 'p', 'f', 'v', 'm', 'c')
  AND n.nspname::text = ANY (?::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.deptype = 'e'
                    AND (e.classid = 'pg_catalog.pg_class'::regclass AND e.objid = c.oid
                         OR e.classid = 'pg_catalog.pg_type'::regclass AND e.objid = c.reltype))
ORDER BY n.nspname, c.relname, a.attnum

-- Text search configurations of the accepted schemas (the parameter: a text[] of schema names), except those
-- of extensions, with their mappings: per token type (its alias from ts_token_type), the dictionaries in
-- the order they are consulted, schema-qualified; each mapping is one text: the token type, then the
-- dictionaries, separated by the unit separator (chr(31)), which names do not hold.
SELECT n.nspname::text AS schema_name,
       cfg.cfgname::text AS name,
       pg_catalog.quote_ident(pn.nspname) || '.' || pg_catalog.quote_ident(p.prsname) AS parser,
       COALESCE((SELECT pg_catalog.array_agg(m.token || chr(31) || m.dictionaries ORDER BY m.token)
                 FROM (SELECT tt.alias AS token,
                              pg_catalog.string_agg(pg_catalog.quote_ident(dn.nspname) || '.'
                                  || pg_catalog.quote_ident(dict.dictname), chr(31) ORDER BY map.mapseqno) AS dictionaries
                       FROM pg_catalog.pg_ts_config_map map
                       JOIN pg_catalog.ts_token_type(cfg.cfgparser) tt ON tt.tokid = map.maptokentype
                       JOIN pg_catalog.pg_ts_dict dict ON dict.oid = map.mapdict
                       JOIN pg_catalog.pg_namespace dn ON dn.oid = dict.dictnamespace
                       WHERE map.mapcfg = cfg.oid
                       GROUP BY tt.alias) m), '{}'::text[]) AS mappings,
       (SELECT d.description FROM pg_catalog.pg_description d
        WHERE d.classoid = 'pg_catalog.pg_ts_config'::regclass AND d.objoid = cfg.oid AND d.objsubid = 0) AS comment
FROM pg_catalog.pg_ts_config cfg
JOIN pg_catalog.pg_namespace n ON n.oid = cfg.cfgnamespace
JOIN pg_catalog.pg_ts_parser p ON p.oid = cfg.cfgparser
JOIN pg_catalog.pg_namespace pn ON pn.oid = p.prsnamespace
WHERE n.nspname::text = ANY (?::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_ts_config'::regclass AND e.objid = cfg.oid AND e.deptype = 'e')

-- Of the role names given (the parameter: a text[]), those that do not exist on the server, sorted.
SELECT r.name AS role_name
FROM pg_catalog.unnest(?::text[]) AS r(name)
WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles x WHERE x.rolname = r.name)
ORDER BY r.name

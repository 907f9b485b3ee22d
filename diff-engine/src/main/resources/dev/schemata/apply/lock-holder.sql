-- The session holding Schemata's advisory lock on this database: its pid, user and application name
-- (application_name is visible to every user, unlike the session's timestamps; the holder writes the time it
-- took the lock into it). Parameters: the key's high and low 32 bits.
SELECT l.pid, a.usename, a.application_name
FROM pg_catalog.pg_locks l
LEFT JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid
WHERE l.locktype = 'advisory'
  AND l.granted
  AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = pg_catalog.current_database())
  AND l.classid = (?::bigint)::oid
  AND l.objid = (?::bigint)::oid
  AND l.objsubid = 1
ORDER BY l.pid
LIMIT 1

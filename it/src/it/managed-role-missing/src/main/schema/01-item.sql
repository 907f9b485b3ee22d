CREATE TABLE item (id bigint PRIMARY KEY, name text);
GRANT SELECT ON item TO app_reader;

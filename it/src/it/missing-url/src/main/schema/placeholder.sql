-- This build fails before the schema is loaded; the goal only needs a schema folder to exist.
CREATE TABLE placeholder (id integer);

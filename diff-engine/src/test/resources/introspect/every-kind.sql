-- A schema that uses every object kind beyond tables, enums and sequences.
CREATE SCHEMA app;
CREATE EXTENSION citext SCHEMA app;
CREATE EXTENSION hstore;
COMMENT ON EXTENSION hstore IS 'key/value pairs';

CREATE TABLE app.item (
    id integer PRIMARY KEY,
    name app.citext NOT NULL,
    quantity integer NOT NULL,
    attributes public.hstore
);

-- Views: options, check option, column comments, a materialized view with indexes.
CREATE VIEW app.in_stock WITH (security_barrier = true) AS
    SELECT id, upper(name::text) AS upper_name FROM app.item WHERE quantity > 0
    WITH CASCADED CHECK OPTION;
COMMENT ON VIEW app.in_stock IS 'Items one can buy';
COMMENT ON COLUMN app.in_stock.upper_name IS 'Shouting';
CREATE VIEW app."Item Names" AS SELECT name COLLATE "C" AS name FROM app.item;
CREATE MATERIALIZED VIEW app.item_totals WITH (fillfactor = 80) AS
    SELECT id, sum(quantity) AS total FROM app.item GROUP BY id WITH NO DATA;
CREATE UNIQUE INDEX item_totals_id ON app.item_totals (id);
CREATE INDEX item_totals_big ON app.item_totals (total) WHERE total > 100;
COMMENT ON MATERIALIZED VIEW app.item_totals IS 'Refreshed nightly';
COMMENT ON INDEX app.item_totals_id IS 'for REFRESH CONCURRENTLY';

-- Functions and procedures: overloads, defaults, a SQL-standard body, OUT arguments, set-returning,
-- settings and security, a user type in the signature; aggregates are not routines.
CREATE FUNCTION app.add(a integer, b integer DEFAULT 1) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT a + b $$;
CREATE FUNCTION app.add(a app.citext, b text) RETURNS text LANGUAGE sql RETURN a || b;
COMMENT ON FUNCTION app.add(integer, integer) IS 'Adds one by default';
CREATE PROCEDURE app.restock(IN item_id integer, INOUT amount integer, OUT done boolean)
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE app.item SET quantity = quantity + amount WHERE id = item_id;
    done := true;
END
$$;
COMMENT ON PROCEDURE app.restock(integer, integer, boolean) IS 'Adds stock';
CREATE AGGREGATE app.total(integer) (SFUNC = int4pl, STYPE = integer);

-- Last: after a BEGIN ATOMIC body, the JDBC driver no longer splits this script into statements.
CREATE FUNCTION app.items_over(minimum integer) RETURNS TABLE (id integer, quantity integer)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' ROWS 10
    BEGIN ATOMIC
        SELECT i.id, i.quantity FROM app.item i WHERE i.quantity > minimum;
    END;

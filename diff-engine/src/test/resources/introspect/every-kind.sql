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

-- Triggers: row and statement, WHEN, disabled, constraint trigger, INSTEAD OF on a view, on a partitioned
-- table (its copies on the partitions are not repeated); event triggers.
CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER item_touch BEFORE INSERT OR UPDATE OF quantity ON app.item
    FOR EACH ROW WHEN (NEW.quantity > 0) EXECUTE FUNCTION app.touch();
COMMENT ON TRIGGER item_touch ON app.item IS 'Keeps it fresh';
CREATE TRIGGER item_truncated AFTER TRUNCATE ON app.item FOR EACH STATEMENT EXECUTE FUNCTION app.touch();
ALTER TABLE app.item DISABLE TRIGGER item_truncated;
CREATE CONSTRAINT TRIGGER item_checked AFTER UPDATE ON app.item DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION app.touch();
ALTER TABLE app.item ENABLE REPLICA TRIGGER item_checked;
CREATE TRIGGER in_stock_insert INSTEAD OF INSERT ON app.in_stock FOR EACH ROW EXECUTE FUNCTION app.touch();
CREATE TABLE app.event (id integer NOT NULL, happened date NOT NULL) PARTITION BY RANGE (happened);
CREATE TABLE app.event_2024 PARTITION OF app.event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TRIGGER event_touch BEFORE INSERT ON app.event FOR EACH ROW EXECUTE FUNCTION app.touch();
CREATE FUNCTION app.on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE EVENT TRIGGER app_no_drop ON sql_drop WHEN TAG IN ('DROP TABLE', 'ALTER TABLE') EXECUTE FUNCTION app.on_ddl();
COMMENT ON EVENT TRIGGER app_no_drop IS 'Watches drops';
CREATE EVENT TRIGGER app_every_start ON ddl_command_start EXECUTE FUNCTION app.on_ddl();
ALTER EVENT TRIGGER app_every_start DISABLE;

-- Domains: base type with modifiers, default, NOT NULL, named checks (one NOT VALID), collation;
-- composite types with a collation, a domain attribute and comments.
CREATE DOMAIN app.price AS numeric(10,2) DEFAULT 0 NOT NULL
    CONSTRAINT price_positive CHECK (VALUE >= 0)
    CONSTRAINT price_sane CHECK (VALUE < 1000000);
COMMENT ON DOMAIN app.price IS 'Money in euros';
COMMENT ON CONSTRAINT price_sane ON DOMAIN app.price IS 'no yachts';
CREATE DOMAIN app.code AS text COLLATE "C";
ALTER DOMAIN app.code ADD CONSTRAINT code_short CHECK (length(VALUE) < 10) NOT VALID;
CREATE TYPE app.address AS (street text COLLATE "C", zip app.code, amount app.price);
COMMENT ON TYPE app.address IS 'Where to ship';
COMMENT ON COLUMN app.address.zip IS 'postal code';

-- Row level security: enabled and forced on a table, permissive and restrictive policies, roles.
DO $$ BEGIN CREATE ROLE every_kind_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
ALTER TABLE app.item ENABLE ROW LEVEL SECURITY;
ALTER TABLE app.item FORCE ROW LEVEL SECURITY;
CREATE POLICY item_visible ON app.item FOR SELECT USING (quantity > 0);
COMMENT ON POLICY item_visible ON app.item IS 'Hide empty shelves';
CREATE POLICY item_limited ON app.item AS RESTRICTIVE FOR UPDATE TO every_kind_reader, postgres
    USING (quantity < 1000) WITH CHECK (quantity >= 0);
CREATE POLICY item_insert ON app.item FOR INSERT TO every_kind_reader WITH CHECK (id > 0);

-- Table properties: list and hash partitioning with a default partition and a sub-partition, inheritance
-- from two parents, unlogged, storage parameters, replica identity (full and by index).
CREATE TABLE app.region_sale (region text NOT NULL, amount integer) PARTITION BY LIST (region);
CREATE TABLE app.region_sale_north PARTITION OF app.region_sale FOR VALUES IN ('north', 'arctic');
CREATE TABLE app.region_sale_other PARTITION OF app.region_sale DEFAULT PARTITION BY HASH (amount);
CREATE TABLE app.region_sale_other_0 PARTITION OF app.region_sale_other FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE app.stamped (created_at timestamp with time zone);
CREATE TABLE app.named (label text);
CREATE TABLE app.note (body text) INHERITS (app.stamped, app.named);
CREATE UNLOGGED TABLE app.scratch (id integer NOT NULL) WITH (fillfactor = 70, autovacuum_enabled = false);
ALTER TABLE app.scratch REPLICA IDENTITY FULL;
CREATE TABLE app.keyed (id integer NOT NULL, other integer NOT NULL);
CREATE UNIQUE INDEX keyed_other ON app.keyed (other);
ALTER TABLE app.keyed REPLICA IDENTITY USING INDEX keyed_other;
ALTER TABLE app.keyed SET ACCESS METHOD heap;

-- Dependencies: a routine in a default, a check, a generated column and an index; an enum array column;
-- a view on a view; a routine taking a table's row type.
CREATE TYPE app.mood AS ENUM ('calm', 'busy');
CREATE FUNCTION app.double(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN x * 2;
CREATE TABLE app.measure (
    id serial,
    moods app.mood[],
    base integer DEFAULT app.double(1) CHECK (app.double(base) > 0),
    doubled integer GENERATED ALWAYS AS (app.double(base)) STORED
);
CREATE INDEX measure_doubled ON app.measure (app.double(doubled));
CREATE VIEW app.measure_view AS SELECT app.double(id) AS twice, moods FROM app.measure;
CREATE VIEW app.measure_view_view AS SELECT twice FROM app.measure_view;
CREATE FUNCTION app.first_mood(m app.measure) RETURNS app.mood LANGUAGE sql RETURN m.moods[1];

-- Privileges beyond the defaults (also WITH GRANT OPTION and on a column), and a default one revoked.
GRANT USAGE ON SCHEMA app TO every_kind_reader;
GRANT SELECT, INSERT ON app.item TO every_kind_reader WITH GRANT OPTION;
GRANT UPDATE (quantity) ON app.item TO every_kind_reader;
GRANT SELECT ON app.in_stock TO PUBLIC;
GRANT USAGE ON SEQUENCE app.measure_id_seq TO every_kind_reader;
GRANT USAGE ON TYPE app.mood TO every_kind_reader;
GRANT USAGE ON DOMAIN app.price TO every_kind_reader;
REVOKE EXECUTE ON FUNCTION app.double(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.double(integer) TO every_kind_reader;

-- Collations: libc copied from another, ICU nondeterministic, with a comment.
CREATE COLLATION app.posix FROM "POSIX";
CREATE COLLATION app.numeric (provider = icu, locale = 'en-u-kn-true');
CREATE COLLATION app.caseless (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
COMMENT ON COLLATION app.caseless IS 'Ignores case';

-- Extended statistics, one with a target and a comment.
CREATE STATISTICS app.item_stats (ndistinct, dependencies) ON id, quantity FROM app.item;
ALTER STATISTICS app.item_stats SET STATISTICS 500;
COMMENT ON STATISTICS app.item_stats IS 'Correlated columns';
CREATE STATISTICS app.measure_stats ON base, doubled FROM app.measure;

-- Aggregates: with a final function, initial state and parallel safety; over *; with a sort operator.
CREATE FUNCTION app.avg_step(numeric[], numeric) RETURNS numeric[] LANGUAGE sql IMMUTABLE
    RETURN ARRAY[$1[1] + $2, $1[2] + 1];
CREATE FUNCTION app.avg_final(numeric[]) RETURNS numeric LANGUAGE sql IMMUTABLE RETURN $1[1] / nullif($1[2], 0);
CREATE AGGREGATE app.mean(numeric) (SFUNC = app.avg_step, STYPE = numeric[], FINALFUNC = app.avg_final,
    INITCOND = '{0,0}', PARALLEL = SAFE);
COMMENT ON AGGREGATE app.mean(numeric) IS 'Arithmetic mean';
CREATE AGGREGATE app.tally(*) (SFUNC = int8inc, STYPE = bigint, INITCOND = '0');
CREATE AGGREGATE app.biggest(integer) (SFUNC = int4larger, STYPE = integer, SORTOP = >);

-- Range types: with a difference function, with a collation and a multirange name; a column uses one.
CREATE FUNCTION app.float_diff(float8, float8) RETURNS float8 LANGUAGE sql IMMUTABLE RETURN $1 - $2;
CREATE TYPE app.floatrange AS RANGE (SUBTYPE = float8, SUBTYPE_DIFF = app.float_diff);
COMMENT ON TYPE app.floatrange IS 'Floats between';
CREATE TYPE app.textrange AS RANGE (SUBTYPE = text, COLLATION = "C", MULTIRANGE_TYPE_NAME = app.text_multi);
CREATE TABLE app.span (during app.floatrange);
GRANT USAGE ON TYPE app.textrange TO every_kind_reader;

-- Last: after a BEGIN ATOMIC body, the JDBC driver no longer splits this script into statements.
CREATE FUNCTION app.items_over(minimum integer) RETURNS TABLE (id integer, quantity integer)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' ROWS 10
    BEGIN ATOMIC
        SELECT i.id, i.quantity FROM app.item i WHERE i.quantity > minimum;
    END;

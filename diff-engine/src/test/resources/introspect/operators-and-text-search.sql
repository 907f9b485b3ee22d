-- Casts, operators, operator families and classes, text search dictionaries and configurations, conversions,
-- with an index that uses an operator class and one that uses a text search configuration.
CREATE SCHEMA app;
CREATE TYPE app.money AS (cents bigint);
CREATE FUNCTION app.money_of(text) RETURNS app.money LANGUAGE sql IMMUTABLE AS $$ SELECT ROW($1::bigint)::app.money $$;
CREATE CAST (text AS app.money) WITH FUNCTION app.money_of(text) AS ASSIGNMENT;
CREATE DOMAIN app.code AS text;
CREATE CAST (app.money AS text) WITH INOUT;
COMMENT ON CAST (text AS app.money) IS 'parse';
CREATE FUNCTION app.money_eq(app.money, app.money) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1.cents = $2.cents $$;
CREATE FUNCTION app.money_lt(app.money, app.money) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1.cents < $2.cents $$;
CREATE FUNCTION app.money_cmp(app.money, app.money) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN $1.cents < $2.cents THEN -1 WHEN $1.cents > $2.cents THEN 1 ELSE 0 END $$;
CREATE FUNCTION app.neg(app.money) RETURNS app.money LANGUAGE sql IMMUTABLE AS $$ SELECT ROW(-$1.cents)::app.money $$;
CREATE OPERATOR app.=== (FUNCTION = app.money_eq, LEFTARG = app.money, RIGHTARG = app.money, COMMUTATOR = OPERATOR(app.===), NEGATOR = OPERATOR(app.!==), RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR app.<<< (FUNCTION = app.money_lt, LEFTARG = app.money, RIGHTARG = app.money);
CREATE OPERATOR app.- (FUNCTION = app.neg, RIGHTARG = app.money);
COMMENT ON OPERATOR app.===(app.money, app.money) IS 'same amount';
CREATE OPERATOR FAMILY app.loosehash USING hash;
CREATE OPERATOR CLASS app.money_ops DEFAULT FOR TYPE app.money USING btree AS OPERATOR 1 app.<<<, OPERATOR 3 app.===, FUNCTION 1 app.money_cmp(app.money, app.money);
CREATE OPERATOR CLASS app.money_hash FOR TYPE app.money USING hash FAMILY app.loosehash AS OPERATOR 1 app.===, FUNCTION 1 hashint8(bigint);
CREATE TABLE app.t (m app.money, body text);
CREATE INDEX t_m ON app.t (m);
CREATE TEXT SEARCH DICTIONARY app.simple_en (TEMPLATE = pg_catalog.simple, STOPWORDS = english, ACCEPT = false);
CREATE TEXT SEARCH CONFIGURATION app.en (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION app.en ALTER MAPPING FOR asciiword WITH app.simple_en, english_stem;
CREATE TEXT SEARCH CONFIGURATION app.bare (PARSER = pg_catalog."default");
CREATE INDEX t_body ON app.t USING gin (to_tsvector('app.en'::regconfig, body));
CREATE CONVERSION app.l1 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
COMMENT ON TEXT SEARCH DICTIONARY app.simple_en IS 'd';

package dev.schemata.load;

import static dev.schemata.load.StatementKind.CLIENT_ENCODING;
import static dev.schemata.load.StatementKind.DATA;
import static dev.schemata.load.StatementKind.STRUCTURE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementClassifierTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "INSERT INTO \"schema_migrations\" (version) VALUES\n('20240101000000'),\n('20240102000000')",
        "insert into t values (1)",
        "UPDATE accounts SET balance = 0 WHERE id = 1",
        "DELETE FROM sessions",
        "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = s.v",
        "COPY public.users (id, email) FROM stdin",
        "TRUNCATE TABLE audit_log RESTART IDENTITY",
        "  -- leading comment\n /* and block */ INSERT INTO t VALUES (1)",
        "(INSERT INTO t VALUES (1))",
        "WITH fresh AS (SELECT 1 AS id) INSERT INTO t SELECT id FROM fresh",
        "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3) INSERT INTO t SELECT n FROM r",
        "WITH moved AS (DELETE FROM a RETURNING *) INSERT INTO b SELECT * FROM moved",
        "WITH gone AS (DELETE FROM a RETURNING id) SELECT count(*) FROM gone",
        "WITH x AS MATERIALIZED (SELECT 1) UPDATE t SET v = 1 FROM x",
        "with x as (select 1) delete from t using x where t.id = x.\"?column?\"",
    })
    void dataStatements(String sql) {
        assertEquals(DATA, StatementClassifier.classify(sql), sql);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SET statement_timeout = 0",
        "SELECT pg_catalog.set_config('search_path', '', false)",
        "CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public",
        "COMMENT ON EXTENSION pgcrypto IS 'cryptographic functions; INSERT nothing'",
        "CREATE SEQUENCE public.users_id_seq\n    AS integer\n    START WITH 1\n    INCREMENT BY 1\n    NO MINVALUE\n"
                + "    NO MAXVALUE\n    CACHE 1",
        "ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id",
        "ALTER TABLE ONLY public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id)",
        "ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass)",
        "CREATE INDEX index_posts_on_tags ON public.posts USING gin (tags)",
        "CREATE UNIQUE INDEX CONCURRENTLY users_email ON public.users USING btree (lower((email)::text))",
        "CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy')",
        "CREATE FUNCTION public.audit() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
                + "  INSERT INTO audit_log VALUES (NEW.id);\n  DELETE FROM x;\n  RETURN NEW;\nEND;\n$$",
        "CREATE RULE keep AS ON DELETE TO t DO INSTEAD UPDATE t SET gone = true WHERE id = OLD.id",
        "CREATE TRIGGER audit AFTER INSERT OR UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION public.audit()",
        "CREATE TABLE copy (id int)",
        "CREATE TABLE \"insert\" (id int)",
        "GRANT INSERT, UPDATE, DELETE ON public.users TO app",
        "REVOKE ALL ON SCHEMA public FROM PUBLIC",
        "ALTER TABLE public.users OWNER TO some_owner",
        "DO $$ BEGIN INSERT INTO t VALUES (1); END $$",
        "SELECT 1",
        "VALUES (1)",
        "WITH x AS (SELECT 1) SELECT * FROM x",
        "WITH \"insert\" AS (SELECT 1 AS id) SELECT id FROM \"insert\"",
        "WITH RECURSIVE t(n) AS (VALUES (1) UNION ALL SELECT n + 1 FROM t WHERE n < 5)"
                + " SEARCH DEPTH FIRST BY n SET ord CYCLE n SET is_cycle USING path SELECT * FROM t",
        "(WITH x AS (SELECT 1) SELECT * FROM x)",
        "ANALYZE public.users",
        "'just a string'",
        "",
    })
    void structureStatements(String sql) {
        assertEquals(STRUCTURE, StatementClassifier.classify(sql), sql);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SET client_encoding = 'UTF8'", "set session client_encoding to 'LATIN1'",
        "SET NAMES 'UTF8'"})
    void clientEncodingSettings(String sql) {
        assertEquals(CLIENT_ENCODING, StatementClassifier.classify(sql), sql);
    }

    @Test
    void theWithScanAloneFindsDataModifyingStatements() {
        // the fallback used when JSqlParser cannot parse a statement, checked on its own
        assertEquals(DATA, StatementClassifier.scanWith("WITH a AS (SELECT 1) INSERT INTO t SELECT * FROM a"));
        assertEquals(DATA, StatementClassifier.scanWith("WITH a(x) AS NOT MATERIALIZED (UPDATE t SET v = 1 RETURNING v)"
                + " SELECT * FROM a"));
        assertEquals(DATA, StatementClassifier.scanWith("WITH a AS (SELECT 1), b AS (SELECT 2) MERGE INTO t USING a"
                + " ON true WHEN MATCHED THEN DELETE"));
        assertEquals(STRUCTURE, StatementClassifier.scanWith("WITH a(\"insert\") AS (SELECT 'delete;') SELECT * FROM a"));
        assertEquals(STRUCTURE, StatementClassifier.scanWith("WITH a AS (SELECT (SELECT 1)) TABLE a"));
    }

    @Test
    void jsqlParserDecidesTheWithStatementsItUnderstands() {
        assertEquals(DATA, StatementClassifier.parsedKind("WITH x AS (SELECT 1 AS id) INSERT INTO t SELECT id FROM x"));
        assertEquals(DATA, StatementClassifier.parsedKind("WITH d AS (DELETE FROM a RETURNING id) SELECT * FROM d"));
        assertEquals(STRUCTURE, StatementClassifier.parsedKind("WITH x AS (SELECT 1) SELECT * FROM x"));
    }

    @Test
    void whatJsqlParserCannotParseIsLeftToTheScan() {
        String search = "WITH RECURSIVE t(n) AS (VALUES (1) UNION ALL SELECT n + 1 FROM t WHERE n < 5)"
                + " SEARCH DEPTH FIRST BY n SET ord INSERT INTO x SELECT n FROM t";
        assertEquals(null, StatementClassifier.parsedKind(search));
        assertEquals(DATA, StatementClassifier.classify(search));
        assertEquals(null, StatementClassifier.parsedKind("CREATE SEQUENCE s AS integer START WITH 1 NO MINVALUE CACHE 1"
                + " garbage ((("));
    }

    @Test
    void aHugeWithStatementIsClassifiedWithoutTheParser() {
        StringBuilder sql = new StringBuilder("WITH big AS (SELECT 1 AS v");
        for (int i = 0; i < 5_000; i++) {
            sql.append(" UNION ALL SELECT ").append(i);
        }
        sql.append(") INSERT INTO t SELECT v FROM big");
        assertEquals(DATA, StatementClassifier.classify(sql.toString()));
    }
}

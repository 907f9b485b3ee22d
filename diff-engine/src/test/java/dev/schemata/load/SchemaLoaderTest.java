package dev.schemata.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.SchemaFilter;
import dev.schemata.introspect.CatalogReader;
import dev.schemata.shadow.EmbeddedPostgres;
import dev.schemata.shadow.PostgresBinaries;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads schema files into a fresh database per test, all on one embedded server. */
class SchemaLoaderTest {
    private static EmbeddedPostgres server;
    private static int databases;

    @TempDir
    Path dir;

    private Connection shadow;

    @BeforeAll
    static void startServer() throws IOException {
        server = EmbeddedPostgres.startTemporary(PostgresBinaries.fromClassPath().orElseThrow());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void freshDatabase() throws SQLException {
        String name = "load_" + ++databases;
        try (Connection postgres = server.connect("postgres"); Statement s = postgres.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        shadow = server.connect(name);
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        shadow.close();
    }

    @Test
    void aRailsStructureFileWithSchemaMigrationInsertsIsRefusedBeforeAnythingRuns() throws Exception {
        Path structure = resource("rails/structure.sql");
        SchemaFileException e = assertThrows(SchemaFileException.class,
                () -> SchemaLoader.load(new SchemaSource(List.of(structure), false), shadow, true));
        assertEquals(structure, e.file());
        assertEquals(44, e.line());
        assertEquals(1, e.column());
        assertTrue(e.getMessage().startsWith(structure + ":44:1: a data statement"), e.getMessage());
        assertTrue(e.getMessage().contains("silently lost"), e.getMessage());
        assertTrue(e.getMessage().contains("schema.skipDataStatements=true"), e.getMessage());
        assertEquals(0, count("select count(*) from pg_class where relname = 'schema_migrations'"),
                "nothing runs before the check passes");
    }

    @Test
    void filesPreparedWhileTheShadowStartsLoadOnceItIsUpAndTheirErrorsComeFromTheLoad() throws Exception {
        Path structure = resource("rails/structure.sql");
        SchemaLoader.Prepared refused = SchemaLoader.prepare(new SchemaSource(List.of(structure), false));
        SchemaLoader.Prepared skipped = SchemaLoader.prepare(new SchemaSource(List.of(structure), true));
        SchemaLoader.Prepared missing = SchemaLoader.prepare(new SchemaSource(List.of(dir.resolve("gone.sql")), false));
        try (ShadowDatabase database = ShadowDatabase.open(dev.schemata.shadow.ShadowOptions.embedded(), 0)) {
            SchemaFileException e = assertThrows(SchemaFileException.class, () -> SchemaLoader.load(refused, database));
            assertEquals(44, e.line());
            assertTrue(e.getMessage().contains("schema.skipDataStatements=true"), e.getMessage());
            java.io.UncheckedIOException unreadable = assertThrows(java.io.UncheckedIOException.class,
                    () -> SchemaLoader.load(missing, database));
            assertTrue(unreadable.getMessage().contains("gone.sql"), unreadable.getMessage());
            try (Statement s = database.connection().createStatement();
                    ResultSet rs = s.executeQuery("select count(*) from pg_class where relname = 'schema_migrations'")) {
                rs.next();
                assertEquals(0, rs.getLong(1), "nothing ran");
            }

            List<String> warnings = SchemaLoader.load(skipped, database);
            assertFalse(warnings.isEmpty());
            try (Statement s = database.connection().createStatement();
                    ResultSet rs = s.executeQuery("select count(*) from pg_class where relname = 'schema_migrations'")) {
                rs.next();
                assertEquals(1, rs.getLong(1));
            }
        }
    }

    @Test
    void aRailsStructureFileLoadsWhenDataStatementsAreSkipped() throws Exception {
        Path structure = resource("rails/structure.sql");
        List<String> warnings = SchemaLoader.load(new SchemaSource(List.of(structure), true), shadow, true);
        assertEquals(List.of(structure + ":44: skipped data statement (schema.skipDataStatements=true):"
                + " INSERT INTO \"schema_migrations\" (version) VALUES"), warnings);
        assertEquals(3, count("select count(*) from pg_tables where schemaname = 'public'"));
        assertEquals(0, count("select count(*) from public.schema_migrations"));
    }

    @Test
    void copyDataOfAFullDumpIsSkippedWithItsStatement() throws Exception {
        Path file = write("dump.sql", "SET client_encoding = 'LATIN1';\nCREATE TABLE t (id int, note text);\n"
                + "COPY public.t (id, note) FROM stdin;\n1\tsemi; colon\n2\t\\N\n\\.\n\nCREATE TABLE u ();\n");
        List<String> warnings = SchemaLoader.load(new SchemaSource(List.of(file), true), shadow, true);
        assertEquals(List.of(file + ":3: skipped data statement (schema.skipDataStatements=true):"
                + " COPY public.t (id, note) FROM stdin"), warnings);
        assertEquals(1, count("select count(*) from pg_class where relname = 'u'"));
        assertEquals(0, count("select count(*) from t"));
    }

    @Test
    void oldDumpsWithNonStandardStringsLoad() throws Exception {
        Path file = write("old.sql", "SET standard_conforming_strings = off;\n"
                + "COMMENT ON SCHEMA public IS 'it\\'s; fine';\nSET standard_conforming_strings = on;\n");
        SchemaLoader.load(new SchemaSource(List.of(file), false), shadow, true);
        try (Statement s = shadow.createStatement();
                ResultSet rs = s.executeQuery("select obj_description('public'::regnamespace, 'pg_namespace')")) {
            rs.next();
            assertEquals("it's; fine", rs.getString(1));
        }
    }

    @Test
    void filesRunInOrderAndLaterFilesSeeEarlierOnes() throws Exception {
        Path first = write("01_types.sql", "CREATE TYPE mood AS ENUM ('sad', 'happy');\n");
        Path second = write("02_tables.sql", "CREATE TABLE person (id int PRIMARY KEY, current mood);\n");
        assertEquals(List.of(), SchemaLoader.load(new SchemaSource(List.of(first, second), false), shadow, true));
        assertEquals(1, count("select count(*) from pg_class where relname = 'person'"));
    }

    @Test
    void aSyntaxErrorIsReportedAtItsFileLineAndColumn() throws Exception {
        Path file = write("tables.sql", "CREATE TABLE a (id int);\n\nCREATE TABLE b (\n    id int,\n"
                + "    name text NOT NUL\n);\n");
        SchemaFileException e = assertThrows(SchemaFileException.class,
                () -> SchemaLoader.load(new SchemaSource(List.of(file), false), shadow, true));
        assertEquals(5, e.line());
        assertEquals(19, e.column()); // PostgreSQL points at NUL
        assertTrue(e.getMessage().contains("PostgreSQL: syntax error at or near \"NUL\" (SQLSTATE 42601)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("in statement: CREATE TABLE b ("), e.getMessage());
        assertEquals(1, count("select count(*) from pg_class where relname = 'a'"), "statements before it ran");
    }

    @Test
    void positionsAfterMultiByteCharactersMapToTheRightColumn() throws Exception {
        Path file = write("t.sql", "COMMENT ON SCHEMA public IS 'caf\u00e9 \uD83D\uDE00';\nCREATE TABLE \u00e9t\u00e9 (x int"
                + " /* \uD83D\uDE00 */, y nosuchtype);\n");
        SchemaFileException e = assertThrows(SchemaFileException.class,
                () -> SchemaLoader.load(new SchemaSource(List.of(file), false), shadow, true));
        assertEquals(2, e.line());
        assertEquals(36, e.column()); // counting characters, not bytes (40) or UTF-16 units (37)
        assertTrue(e.getMessage().contains("type \"nosuchtype\" does not exist"), e.getMessage());
    }

    @Test
    void aMissingRelationIsReportedAtTheStatementWhenPostgresGivesNoPosition() throws Exception {
        Path file = write("views.sql", "-- views\n\n  ALTER TABLE missing_table\n    ADD COLUMN x int;\n");
        SchemaFileException e = assertThrows(SchemaFileException.class,
                () -> SchemaLoader.load(new SchemaSource(List.of(file), false), shadow, true));
        assertEquals(3, e.line());
        assertEquals(3, e.column());
        assertTrue(e.getMessage().contains("relation \"missing_table\" does not exist (SQLSTATE 42P01)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("in statement: ALTER TABLE missing_table"), e.getMessage());
    }

    @Test
    void aMissingExtensionOnTheEmbeddedServerPointsToShadowUrl() throws Exception {
        Path file = write("extensions.sql", "CREATE EXTENSION IF NOT EXISTS pgcrypto;\nCREATE EXTENSION postgis;\n");
        SchemaFileException e = assertThrows(SchemaFileException.class,
                () -> SchemaLoader.load(new SchemaSource(List.of(file), false), shadow, true));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("does not ship the extension \"postgis\""), e.getMessage());
        assertTrue(e.getMessage().contains("schema.shadowUrl"), e.getMessage());
        assertTrue(e.getMessage().contains("target's own server"), e.getMessage());
    }

    @Test
    void aMissingExtensionOnAConfiguredServerSaysToInstallIt() throws Exception {
        Path file = write("extensions.sql", "CREATE EXTENSION postgis;\n");
        SchemaFileException e = assertThrows(SchemaFileException.class,
                () -> SchemaLoader.load(new SchemaSource(List.of(file), false), shadow, false));
        assertTrue(e.getMessage().contains("does not have the extension \"postgis\" installed"), e.getMessage());
    }

    @Test
    void missingRolesAreCreatedOnAnEmbeddedShadow() throws Exception {
        Path file = write("t.sql", "CREATE TABLE t (id int);\nALTER TABLE t OWNER TO \"Some Owner\";\n"
                + "GRANT SELECT ON t TO reader, writer;\n");
        SchemaLoader.load(new SchemaSource(List.of(file), false), shadow, true);
        assertEquals(3, count("select count(*) from pg_roles where rolname in ('Some Owner', 'reader', 'writer')"
                + " and not rolcanlogin"));
        assertEquals(1, count("select count(*) from pg_tables where tablename = 't' and tableowner = 'Some Owner'"));
    }

    @Test
    void missingRolesAreReportedOnAConfiguredShadow() throws Exception {
        Path file = write("t.sql", "CREATE TABLE t (id int);\nALTER TABLE t OWNER TO app_owner;\n");
        SchemaFileException e = assertThrows(SchemaFileException.class,
                () -> SchemaLoader.load(new SchemaSource(List.of(file), false), shadow, false));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("role \"app_owner\" does not exist"), e.getMessage());
        assertTrue(e.getMessage().contains("CREATE ROLE app_owner NOLOGIN"), e.getMessage());
        assertEquals(0, count("select count(*) from pg_roles where rolname = 'app_owner'"));
    }

    @Test
    void statementsThatCannotRunInATransactionRunAndSessionSettingsAreResetAfterwards() throws Exception {
        Path file = write("t.sql", "SELECT pg_catalog.set_config('search_path', '', false);\nSET work_mem = '7MB';\n"
                + "CREATE TABLE public.t (id int);\nCREATE INDEX CONCURRENTLY t_id ON public.t (id);\n");
        shadow.setAutoCommit(false);
        SchemaLoader.load(new SchemaSource(List.of(file), false), shadow, true);
        assertEquals(1, count("select count(*) from pg_indexes where indexname = 't_id'"));
        try (Statement s = shadow.createStatement();
                ResultSet rs = s.executeQuery("select current_setting('search_path'), current_setting('work_mem')")) {
            rs.next();
            assertEquals("\"$user\", public", rs.getString(1));
            assertFalse(rs.getString(2).equals("7MB"));
        }
    }

    @Test
    void indexesOnTheEmptyShadowTablesAreBuiltWithoutAskingForParallelWorkers() throws Exception {
        Path file = write("t.sql", "CREATE TABLE t (id int);\nDO $$ BEGIN EXECUTE format('COMMENT ON TABLE t IS %L',"
                + " current_setting('max_parallel_maintenance_workers')); END $$;\n");
        SchemaLoader.load(new SchemaSource(List.of(file), false), shadow, true);
        assertEquals(1, count("select count(*) from pg_description d join pg_class c on c.oid = d.objoid"
                + " where c.relname = 't' and d.description = '0'"), "the setting while the files load");
        assertEquals(1, count("select count(*) from pg_settings where name = 'max_parallel_maintenance_workers'"
                + " and setting = boot_val"), "the session is reset after loading");
    }

    @Test
    void aBatchThatCannotRunInOneTransactionRunsStatementByStatement() throws Exception {
        // SET closes the first batch; in the second, the new label's use in the same transaction is refused
        // ("unsafe use of new value"), so that batch is rolled back and run again one statement at a time
        Path file = write("t.sql", "CREATE TYPE mood AS ENUM ('sad');\nSET client_min_messages = warning;\n"
                + "ALTER TYPE mood ADD VALUE 'happy';\nCREATE TABLE person (m mood DEFAULT 'happy');\n"
                + "COMMENT ON TABLE person IS 'after the label';\n");
        SchemaLoader.load(new SchemaSource(List.of(file), false), shadow, true);
        assertEquals(1, count("select count(*) from pg_enum where enumlabel = 'happy'"));
        assertEquals(1, count("select count(*) from pg_description d join pg_class c on c.oid = d.objoid"
                + " where c.relname = 'person' and d.description = 'after the label'"));
    }

    @Test
    void aTransactionTheFilesOpenIsTheirsToEnd() throws Exception {
        // were the two CREATEs batched, the batch's commit would end the files' transaction before ROLLBACK
        Path file = write("t.sql", "BEGIN;\nCREATE TABLE kept_out (id int);\nCREATE TABLE also_out (id int);\n"
                + "ROLLBACK;\nCREATE TABLE kept (id int);\n");
        SchemaLoader.load(new SchemaSource(List.of(file), false), shadow, true);
        assertEquals(0, count("select count(*) from pg_class where relname in ('kept_out', 'also_out')"));
        assertEquals(1, count("select count(*) from pg_class where relname = 'kept'"));
    }

    @Test
    void functionBodiesAndSqlStandardBodiesRunWhole() throws Exception {
        Path file = write("f.sql", "CREATE TABLE log (n int);\n"
                + "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  INSERT INTO log VALUES (1);\n"
                + "  RETURN 1;\nEND;\n$$;\n"
                + "CREATE FUNCTION g() RETURNS int LANGUAGE sql BEGIN ATOMIC\n  SELECT 1;\n  SELECT 2;\nEND;\n");
        SchemaLoader.load(new SchemaSource(List.of(file), false), shadow, true);
        assertEquals(2, count("select count(*) from pg_proc where proname in ('f', 'g')"));
        assertEquals(0, count("select count(*) from log"));
    }

    private long count(String sql) throws SQLException {
        try (Statement s = shadow.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void castsOperatorsAndTextSearchObjectsLoadAndReadAsWhenRunDirectly() throws Exception {
        Path file = Path.of(SchemaLoaderTest.class.getResource("/introspect/operators-and-text-search.sql").toURI());
        SchemaLoader.load(new SchemaSource(List.of(file), false), shadow, true);
        String golden = Files.readString(Path.of(SchemaLoaderTest.class
                .getResource("/introspect/operators-and-text-search.txt").toURI()));
        assertEquals(golden, CatalogReader.read(shadow, SchemaFilter.allUserSchemas()).toCanonicalText());
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(SchemaLoaderTest.class.getResource("/load/" + name).toURI());
    }
}

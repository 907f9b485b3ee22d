package dev.schemata;

import static dev.schemata.FreshDatabases.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.apply.ApplyException;
import dev.schemata.apply.ApplyLock;
import dev.schemata.apply.ApplyOptions;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.load.SchemaSource;
import dev.schemata.plan.PlanOptions;
import dev.schemata.shadow.ShadowOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade's apply path against real PostgreSQL: the lock, the history table, table filters. */
class SchemataApplyTest {
    static final QualifiedName HISTORY = QualifiedName.of("schemata", "apply_history");
    private static FreshDatabases databases;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws IOException {
        databases = FreshDatabases.start("facade");
    }

    @AfterAll
    static void stop() {
        databases.close();
    }

    @Test
    void anApplyIsRecordedInTheHistoryTableWhichLaterPlansLeaveAlone() throws Exception {
        try (Connection c = databases.fresh()) {
            ApplyOptions options = ApplyOptions.builder().historyTable(HISTORY).commit("abc123").job("42").build();
            ApplyResult result = Schemata.apply(request(c, "create table t (id int primary key);", options));
            assertEquals(1, result.executed(), "one CREATE TABLE");
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT outcome, message,"
                    + " database_user, vcs_commit, ci_job, statement_count, statements, desired_fingerprint,"
                    + " finished_at >= started_at FROM schemata.apply_history")) {
                assertTrue(rs.next());
                assertEquals("success", rs.getString(1));
                assertNull(rs.getString(2));
                assertEquals("postgres", rs.getString(3));
                assertEquals("abc123", rs.getString(4));
                assertEquals("42", rs.getString(5));
                assertEquals(1, rs.getInt(6));
                assertTrue(rs.getString(7).startsWith("CREATE TABLE public.t"), rs.getString(7));
                assertEquals(result.planned().desired().fingerprint(), rs.getString(8));
                assertTrue(rs.getBoolean(9));
            }
            SchemataRequest again = request(c, "create table t (id int primary key);", options)
                    .withPlanOptions(PlanOptions.allowingDrops());
            assertTrue(Schemata.plan(again).plan().statements().isEmpty(), "neither the table nor its schema is dropped");
            Schemata.apply(again);
            assertEquals(2, count(c, "SELECT count(*) FROM schemata.apply_history"), "one row per apply");
        }
    }

    @Test
    void aFailedApplyIsRecordedAndLeavesTheTargetAsItWas() throws Exception {
        try (Connection c = databases.fresh()) {
            execute(c, "CREATE TABLE t (a integer); INSERT INTO t VALUES (NULL)");
            ApplyOptions options = ApplyOptions.builder().historyTable(HISTORY).build();
            // online=false: all in one transaction (online, SET NOT NULL validates a check in a step of its own)
            SchemataRequest request = request(c, "create table t (a integer not null, b text); create table u (x int);",
                    options).withPlanOptions(PlanOptions.builder().online(false)
                    .allowHazards(java.util.EnumSet.allOf(dev.schemata.plan.HazardType.class)).build());
            ApplyException e = assertThrows(ApplyException.class, () -> Schemata.apply(request));
            assertTrue(e.getMessage().contains("contains null values"), e.getMessage());
            assertEquals(0, count(c, "SELECT count(*) FROM pg_class WHERE relname = 'u'"), "rolled back");
            assertEquals(0, count(c, "SELECT count(*) FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'b'"));
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT outcome, message FROM schemata.apply_history")) {
                assertTrue(rs.next());
                assertEquals("failed", rs.getString(1));
                assertEquals(e.getMessage(), rs.getString(2));
            }
        }
    }

    @Test
    void excludedTablesAreNeitherComparedNorPlanned() throws Exception {
        try (Connection c = databases.fresh()) {
            String function = "CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;";
            execute(c, "CREATE SCHEMA app; " + function + " CREATE TABLE audit_2024 (id serial, a int, b int);"
                    + " CREATE TABLE app.tmp_x (a int); CREATE TABLE app.tmp_y (a int); CREATE TABLE app.kept (a int);"
                    + " CREATE INDEX ON audit_2024 (a); CREATE TABLE audit (a int);"
                    + " CREATE TRIGGER touch BEFORE UPDATE ON audit_2024 FOR EACH ROW EXECUTE FUNCTION app.touch();"
                    + " ALTER TABLE audit_2024 ENABLE ROW LEVEL SECURITY; CREATE POLICY mine ON audit_2024 USING (true);"
                    + " CREATE STATISTICS audit_ab ON a, b FROM audit_2024; GRANT SELECT ON audit_2024 TO PUBLIC;"
                    + " CREATE VIEW app.v AS SELECT a FROM app.kept");
            SchemaFilter filter = new SchemaFilter(List.of(), List.of(), List.of("audit_*", "app.tmp_?"));
            SchemataRequest request = new SchemataRequest(new TargetDatabase(databases.url(c), "postgres", null),
                    source("create schema app; create table app.kept (a int); create table audit_2024 (b int);"
                            + function + " create view app.v as select a from app.kept;"),
                    ShadowOptions.embedded(), filter, PlanOptions.allowingDrops(), line -> { });
            String plan = Schemata.plan(request).plan().toSql();
            assertEquals("-- hazard DELETES_DATA: drops table public.audit and all its rows\nDROP TABLE public.audit;\n\n", plan);
        }
    }

    @Test
    void aSecondApplyWaitsForTheLockThenFailsNamingTheHolder() throws Exception {
        try (Connection c = databases.fresh(); Connection holder = databases.another(c)) {
            List<String> log = new ArrayList<>();
            try (ApplyLock held = ApplyLock.acquire(holder, Duration.ZERO, log::add)) {
                ApplyOptions options = ApplyOptions.builder().lockWait(Duration.ofMillis(600)).build();
                SchemataRequest request = new SchemataRequest(new TargetDatabase(databases.url(c), "postgres", null),
                        source("create table t (a int);"), ShadowOptions.embedded(), SchemaFilter.allUserSchemas(),
                        PlanOptions.defaults(), log::add, options);
                SchemataException e = assertThrows(SchemataException.class, () -> Schemata.apply(request));
                int pid = count(holder, "SELECT pg_backend_pid()");
                assertTrue(e.getMessage().matches("(?s)Another schema:apply is running on this database: it holds the"
                        + " lock since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC \\(pid " + pid + ", user postgres\\)\\..*"),
                        e.getMessage());
                assertTrue(log.stream().anyMatch(l -> l.startsWith("Another schema:apply holds the lock since")), log.toString());
                assertEquals(0, count(c, "SELECT count(*) FROM pg_class WHERE relname = 't'"), "nothing ran");
            }
            assertEquals(0, count(c, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"), "released");
        }
    }

    SchemataRequest request(Connection c, String schema, ApplyOptions options) throws Exception {
        return new SchemataRequest(new TargetDatabase(databases.url(c), "postgres", null), source(schema),
                ShadowOptions.embedded(), SchemaFilter.allUserSchemas(), PlanOptions.defaults(), line -> { }, options);
    }

    SchemaSource source(String schema) throws IOException {
        Path file = Files.createTempFile(dir, "schema", ".sql");
        Files.writeString(file, schema);
        return new SchemaSource(List.of(file), false);
    }

    static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}

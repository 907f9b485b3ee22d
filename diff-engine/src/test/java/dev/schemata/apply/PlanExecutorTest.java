package dev.schemata.apply;

import dev.schemata.FreshDatabases;

import static dev.schemata.FreshDatabases.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.plan.Hazard;
import dev.schemata.plan.HazardType;
import dev.schemata.plan.Plan;
import dev.schemata.plan.PlannedStatement;
import dev.schemata.shadow.EmbeddedPostgres;
import dev.schemata.shadow.PostgresBinaries;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlanExecutorTest {
    private static FreshDatabases databases;

    @BeforeAll
    static void start() throws IOException {
        databases = FreshDatabases.start("executor");
    }

    @AfterAll
    static void stop() {
        databases.close();
    }

    @Test
    void runsExecutableStatementsInOrderAndReportsEach() throws Exception {
        try (Connection c = databases.fresh()) {
            Plan plan = plan(PlannedStatement.of("CREATE TABLE t (\n  a integer\n)"),
                    PlannedStatement.of("DROP TABLE nothing_here").skip("drop not allowed"),
                    PlannedStatement.of("INSERT INTO t VALUES (1)"));
            List<String> progress = new ArrayList<>();
            assertEquals(2, PlanExecutor.execute(c, plan, progress::add));
            assertEquals(2, progress.size());
            assertTrue(progress.get(0).matches("\\[1/2] CREATE TABLE t \\( \\(\\d+ ms\\)"), progress.get(0));
            assertTrue(progress.get(1).startsWith("[2/2] INSERT INTO t VALUES (1) ("), progress.get(1));
            assertEquals(1, count(c, "SELECT count(*) FROM t"));
            assertTrue(c.getAutoCommit(), "auto-commit is restored");
        }
    }

    @Test
    void aFailingStatementRollsBackTheTransactionAndSaysWhichOneFailed() throws Exception {
        try (Connection c = databases.fresh()) {
            Plan plan = plan(PlannedStatement.of("CREATE TABLE t (a integer)"),
                    PlannedStatement.of("ALTER TABLE t ADD COLUMN a integer"));
            ApplyException e = assertThrows(ApplyException.class, () -> PlanExecutor.execute(c, plan, line -> { }));
            assertEquals("Statement 2 of 2 failed: ERROR: column \"a\" of relation \"t\" already exists\n"
                    + "ALTER TABLE t ADD COLUMN a integer", e.getMessage());
            assertEquals("ALTER TABLE t ADD COLUMN a integer", e.statement());
            assertEquals(0, count(c, "SELECT count(*) FROM pg_class WHERE relname = 't'"), "rolled back");
            assertTrue(c.getAutoCommit());
        }
    }

    @Test
    void aFullLockTableSaysWhatToChangeOnTheServer() throws Exception {
        // 10 locks per connection, PostgreSQL's least, make a lock table of some hundred locks; 1000 new tables, each
        // with its key and TOAST table, need thousands
        try (EmbeddedPostgres server = EmbeddedPostgres.startTemporary(PostgresBinaries.fromClassPath().orElseThrow(),
                        Map.of("max_locks_per_transaction", "10"));
                Connection c = server.connect("postgres")) {
            List<PlannedStatement> statements = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                statements.add(PlannedStatement.of("CREATE TABLE t" + i + " (id integer PRIMARY KEY, name text)"));
            }
            Plan plan = new Plan(statements, "current", "desired");
            ApplyException e = assertThrows(ApplyException.class, () -> PlanExecutor.execute(c, plan, line -> { }));
            assertTrue(e.getMessage().contains("failed: ERROR: out of shared memory"), e.getMessage());
            assertTrue(e.getMessage().contains("The server's lock table is full")
                    && e.getMessage().contains("Raise max_locks_per_transaction on the server"), e.getMessage());
            assertEquals(0, count(c, "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace"),
                    "rolled back");
        }
    }

    @Test
    void segmentsRunInPlanOrderAndOnlyTheFailingOneIsRolledBack() throws Exception {
        try (Connection c = databases.fresh()) {
            execute(c, "CREATE TYPE mood AS ENUM ('sad')");
            Plan plan = plan(PlannedStatement.of("CREATE TABLE before_value (a integer)"),
                    new PlannedStatement("ALTER TYPE mood ADD VALUE 'happy'", List.of(), null, false),
                    PlannedStatement.of("CREATE TABLE t (m mood DEFAULT 'happy')"),
                    PlannedStatement.of("SELECT 1/0"));
            c.setAutoCommit(false);
            List<String> progress = new ArrayList<>();
            ApplyException e = assertThrows(ApplyException.class, () -> PlanExecutor.execute(c, plan, progress::add));
            assertTrue(e.getMessage().startsWith("Statement 4 of 4 failed: ERROR: division by zero"), e.getMessage());
            assertTrue(progress.get(1).startsWith("[2/4] ALTER TYPE mood ADD VALUE 'happy' ("), progress.get(1));
            assertTrue(progress.get(1).endsWith(" ms, outside a transaction)"), progress.get(1));
            assertFalse(c.getAutoCommit(), "auto-commit is restored to what it was");
            c.setAutoCommit(true);
            assertEquals(1, count(c, "SELECT count(*) FROM pg_class WHERE relname = 'before_value'"), "committed");
            assertEquals(2, count(c, "SELECT count(*) FROM pg_enum WHERE enumtypid = 'mood'::regtype"), "committed");
            assertEquals(0, count(c, "SELECT count(*) FROM pg_class WHERE relname = 't'"), "rolled back");
        }
    }

    @Test
    void aSegmentThatCouldNotGetItsLockRunsAgainAfterAPause() throws Exception {
        try (Connection c = databases.fresh(); Connection other = databases.another(c)) {
            execute(c, "CREATE TABLE t (a integer)");
            other.setAutoCommit(false);
            execute(other, "LOCK TABLE t IN ACCESS EXCLUSIVE MODE");
            Plan plan = plan(PlannedStatement.of("CREATE TABLE u (a integer)"),
                    PlannedStatement.of("ALTER TABLE t ADD COLUMN b integer"));
            List<Long> pauses = new ArrayList<>();
            List<String> progress = new ArrayList<>();
            ApplyOptions options = ApplyOptions.builder().lockTimeout(Duration.ofMillis(100)).build();
            int ran = PlanExecutor.execute(c, plan, options, progress::add, millis -> {
                pauses.add(millis);
                try {
                    other.rollback(); // the other session ends its transaction while the apply waits
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertEquals(2, ran);
            assertEquals(List.of(1000L), pauses);
            assertTrue(progress.contains("Could not get a lock within lock_timeout (100 ms); rolled back; running"
                    + " statements 1 to 2 again in 1000 ms (retry 1 of 3)"), progress.toString());
            assertEquals(1, count(c, "SELECT count(*) FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'b'"));
            assertEquals(1, count(c, "SELECT count(*) FROM pg_class WHERE relname = 'u'"));
        }
    }

    @Test
    void retriesStopAfterTheConfiguredNumberWithPausesThatDouble() throws Exception {
        try (Connection c = databases.fresh(); Connection other = databases.another(c)) {
            execute(c, "CREATE TABLE t (a integer)");
            other.setAutoCommit(false);
            execute(other, "LOCK TABLE t IN ACCESS EXCLUSIVE MODE");
            Plan plan = plan(PlannedStatement.of("ALTER TABLE t ADD COLUMN b integer"));
            List<Long> pauses = new ArrayList<>();
            ApplyOptions options = ApplyOptions.builder().lockTimeout(Duration.ofMillis(50)).retries(3)
                    .retryBackoff(Duration.ofMillis(10)).build();
            ApplyException e = assertThrows(ApplyException.class,
                    () -> PlanExecutor.execute(c, plan, options, line -> { }, pauses::add));
            assertTrue(e.getMessage().contains("lock timeout"), e.getMessage());
            assertEquals(List.of(10L, 20L, 40L), pauses);
            other.rollback();
        }
    }

    @Test
    void indexBuildsAndValidationsGetTheirOwnStatementTimeout() throws Exception {
        try (Connection c = databases.fresh()) {
            ApplyOptions options = ApplyOptions.builder().statementTimeout(Duration.ofMillis(200))
                    .indexStatementTimeout(Duration.ofSeconds(30)).build();
            Plan slowBuild = plan(PlannedStatement.of("SELECT pg_sleep(0.5)",
                    new Hazard(HazardType.INDEX_BUILD, "builds")), PlannedStatement.of("CREATE TABLE t (a integer)"));
            assertEquals(2, PlanExecutor.execute(c, slowBuild, options, line -> { }));
            Plan slowOther = plan(PlannedStatement.of("SELECT pg_sleep(2)"));
            ApplyException e = assertThrows(ApplyException.class,
                    () -> PlanExecutor.execute(c, slowOther, options, line -> { }));
            assertTrue(e.getMessage().contains("statement timeout"), e.getMessage());
        }
    }

    @Test
    void aConcurrentIndexBuildWaitsForOlderTransactionsBeyondTheLockTimeout() throws Exception {
        try (Connection c = databases.fresh(); Connection writer = databases.another(c);
                Connection watcher = databases.another(c)) {
            execute(c, "CREATE TABLE t (a integer)");
            writer.setAutoCommit(false);
            execute(writer, "INSERT INTO t VALUES (1)"); // an open transaction that the build must wait for
            Plan plan = plan(new PlannedStatement("CREATE INDEX CONCURRENTLY t_a ON t (a)",
                    List.of(new Hazard(HazardType.INDEX_BUILD, "builds")), null, false),
                    PlannedStatement.of("CREATE TABLE after_index (a integer)"));
            ApplyOptions options = ApplyOptions.builder().lockTimeout(Duration.ofMillis(100)).retries(0).build();
            CompletableFuture<Integer> run = CompletableFuture.supplyAsync(
                    () -> PlanExecutor.execute(c, plan, options, line -> { }));
            String waiting = "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'CREATE INDEX CONCURRENTLY%'"
                    + " AND wait_event_type = 'Lock'";
            for (int i = 0; i < 300 && count(watcher, waiting) == 0; i++) {
                Thread.sleep(100);
            }
            assertEquals(1, count(watcher, waiting), "the build waits for the writer");
            Thread.sleep(500); // five lock timeouts: with one, the build would have failed by now
            assertFalse(run.isDone(), "still waiting, without a lock timeout");
            writer.commit();
            assertEquals(2, run.get(60, TimeUnit.SECONDS));
            assertEquals(1, count(c, "SELECT count(*) FROM pg_index WHERE indexrelid = 't_a'::regclass AND indisvalid"));
            assertEquals("0", setting(c, "lock_timeout"), "the session's own setting is back");
        }
    }

    @Test
    void theSessionSettingsArePutBack() throws Exception {
        try (Connection c = databases.fresh()) {
            execute(c, "SET lock_timeout = '7s'");
            PlanExecutor.execute(c, plan(PlannedStatement.of("CREATE TABLE t (a integer)")), line -> { });
            assertEquals("7s", setting(c, "lock_timeout"));
            assertEquals("0", setting(c, "statement_timeout"));
            assertEquals("on", setting(c, "check_function_bodies"));
        }
    }

    private static Plan plan(PlannedStatement... statements) {
        return new Plan(List.of(statements), "current", "desired");
    }

    private static String setting(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_setting('" + name + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}

package dev.schemata;

import static dev.schemata.FreshDatabases.execute;
import static dev.schemata.SchemataApplyTest.HISTORY;
import static dev.schemata.SchemataApplyTest.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.apply.ApplyException;
import dev.schemata.apply.ApplyOptions;
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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Applies that are interrupted or run side by side, against real PostgreSQL: a third session holds a lock the
 * apply needs, so that the test knows where the apply is when it terminates it or starts another one.
 */
class ApplyFaultsTest {
    private static FreshDatabases databases;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws IOException {
        databases = FreshDatabases.start("faults");
    }

    @AfterAll
    static void stop() {
        databases.close();
    }

    @Test
    void anApplyTerminatedInsideATransactionLeavesTheDatabaseAsBeforeAndIsRecorded() throws Exception {
        try (Connection c = databases.fresh(); Connection blocker = databases.another(c)) {
            execute(c, "CREATE TABLE t (a integer)");
            holdLockOn(blocker, "t");
            CompletableFuture<ApplyResult> apply = applyAsync(c,
                    "create table t (a integer, b text); create table u (x int);", waitingForever());
            terminate(c, waitingOnALock(c));
            ExecutionException e = assertThrows(ExecutionException.class, () -> apply.get(60, TimeUnit.SECONDS));
            assertTrue(e.getCause() instanceof ApplyException, e.getCause().toString());
            assertTrue(e.getCause().getMessage().contains("terminating connection due to administrator command"),
                    e.getCause().getMessage());
            assertEquals(0, count(c, "SELECT count(*) FROM pg_class WHERE relname = 'u'"), "rolled back");
            assertEquals(0, count(c, "SELECT count(*) FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'b'"));
            assertEquals(1, count(c, "SELECT count(*) FROM schemata.apply_history WHERE outcome = 'failed'"
                    + " AND message LIKE '%terminating connection%'"), "recorded from a new session");
            assertEquals(0, count(c, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"), "lock freed");
        }
    }

    @Test
    void afterATerminationBetweenSegmentsTheNextApplyCompletesThePlan() throws Exception {
        try (Connection c = databases.fresh(); Connection blocker = databases.another(c)) {
            execute(c, "CREATE TYPE mood AS ENUM ('sad'); CREATE TABLE t (a integer)");
            holdLockOn(blocker, "t");
            String schema = "create type mood as enum ('sad', 'happy'); create table t (a integer, m mood);";
            CompletableFuture<ApplyResult> apply = applyAsync(c, schema, waitingForever());
            terminate(c, waitingOnALock(c));
            assertThrows(ExecutionException.class, () -> apply.get(60, TimeUnit.SECONDS));
            assertEquals(2, count(c, "SELECT count(*) FROM pg_enum WHERE enumtypid = 'mood'::regtype"),
                    "the label, added outside a transaction, stays");
            assertEquals(0, count(c, "SELECT count(*) FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'm'"));
            blocker.rollback();
            ApplyResult next = applyAsync(c, schema, waitingForever()).get(60, TimeUnit.SECONDS);
            assertEquals(1, next.executed(), "only the column is left to add");
            assertEquals(1, count(c, "SELECT count(*) FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'm'"));
        }
    }

    @Test
    void concurrentAppliesNeverInterleave() throws Exception {
        try (Connection c = databases.fresh(); Connection blocker = databases.another(c)) {
            execute(c, "CREATE TABLE t (a integer)");
            holdLockOn(blocker, "t");
            String schema = "create table t (a integer, b text);";
            CompletableFuture<ApplyResult> first = applyAsync(c, schema, waitingForever());
            waitingOnALock(c);

            ApplyOptions impatient = waitingForever().toBuilder().lockWait(Duration.ofMillis(300)).build();
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> applyAsync(c, schema, impatient).get(60, TimeUnit.SECONDS));
            assertTrue(refused.getCause().getMessage().startsWith("Another schema:apply is running on this database"),
                    refused.getCause().getMessage());

            List<String> secondLog = new CopyOnWriteArrayList<>();
            CompletableFuture<ApplyResult> second = applyAsync(c, schema, waitingForever(), secondLog);
            await(() -> secondLog.stream().anyMatch(l -> l.startsWith("Another schema:apply holds the lock")));
            blocker.rollback();

            assertEquals(1, first.get(60, TimeUnit.SECONDS).executed());
            ApplyResult after = second.get(60, TimeUnit.SECONDS);
            assertTrue(after.planned().plan().isEmpty(), "planned inside the lock, after the first apply: nothing to do");
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT outcome, statement_count,"
                    + " lag(finished_at) OVER (ORDER BY id) <= started_at FROM schemata.apply_history ORDER BY id")) {
                assertTrue(rs.next());
                assertEquals("success", rs.getString(1));
                assertEquals(1, rs.getInt(2));
                assertTrue(rs.next());
                assertEquals(0, rs.getInt(2));
                assertTrue(rs.getBoolean(3), "the second started after the first had finished");
                assertTrue(!rs.next(), "the refused apply ran nothing and left no row");
            }
        }
    }

    @Test
    void aRoleWithoutCreateFailsMidPlanNamesTheStatementAndChangesNothing() throws Exception {
        try (Connection c = databases.fresh()) {
            execute(c, "CREATE ROLE deployer LOGIN; CREATE SCHEMA app AUTHORIZATION deployer;"
                    + " REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            SchemataRequest request = new SchemataRequest(new TargetDatabase(databases.url(c), "deployer", null),
                    source("create schema app; create table app.a (x int); create table public.u (x int);"),
                    ShadowOptions.embedded(), SchemaFilter.allUserSchemas(), PlanOptions.defaults(), line -> { });
            ApplyException e = assertThrows(ApplyException.class, () -> Schemata.apply(request));
            assertEquals("CREATE TABLE public.u (\n    x integer\n)", e.statement());
            assertTrue(e.getMessage().matches("(?s)Statement 2 of 2 failed: ERROR: permission denied for schema public.*"),
                    e.getMessage());
            assertEquals(0, count(c, "SELECT count(*) FROM pg_class WHERE relname IN ('a', 'u')"), "rolled back");
        }
    }

    private static ApplyOptions waitingForever() {
        return ApplyOptions.builder().lockTimeout(Duration.ZERO).historyTable(HISTORY).build();
    }

    private CompletableFuture<ApplyResult> applyAsync(Connection c, String schema, ApplyOptions options) throws Exception {
        return applyAsync(c, schema, options, new CopyOnWriteArrayList<>());
    }

    private CompletableFuture<ApplyResult> applyAsync(Connection c, String schema, ApplyOptions options,
            List<String> log) throws Exception {
        SchemataRequest request = new SchemataRequest(new TargetDatabase(databases.url(c), "postgres", null),
                source(schema), ShadowOptions.embedded(), SchemaFilter.allUserSchemas(), PlanOptions.defaults(),
                log::add, options);
        return CompletableFuture.supplyAsync(() -> Schemata.apply(request));
    }

    private static void holdLockOn(Connection blocker, String table) throws SQLException {
        blocker.setAutoCommit(false);
        execute(blocker, "LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE");
    }

    /** The pid of the apply's session once it waits for a lock on a relation. */
    private static int waitingOnALock(Connection c) throws Exception {
        String query = "SELECT coalesce(max(pid), 0) FROM pg_stat_activity WHERE application_name LIKE"
                + " 'schemata apply since %' AND wait_event_type = 'Lock' AND wait_event = 'relation'";
        await(() -> {
            try {
                return count(c, query) != 0;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return count(c, query);
    }

    private static void terminate(Connection c, int pid) throws SQLException {
        execute(c, "SELECT pg_terminate_backend(" + pid + ")");
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 600 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertTrue(condition.getAsBoolean(), "gave up waiting after 60 s");
    }

    private SchemaSource source(String schema) throws IOException {
        Path file = Files.createTempFile(dir, "schema", ".sql");
        Files.writeString(file, schema);
        return new SchemaSource(List.of(file), false);
    }
}

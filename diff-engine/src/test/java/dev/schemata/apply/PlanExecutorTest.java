package dev.schemata.apply;

import dev.schemata.FreshDatabases;

import static dev.schemata.FreshDatabases.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemata.plan.Plan;
import dev.schemata.plan.PlannedStatement;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
    void statementsOutsideTheTransactionRunInPlanOrderAndStayCommitted() throws Exception {
        try (Connection c = databases.fresh()) {
            execute(c, "CREATE TYPE mood AS ENUM ('sad')");
            Plan plan = plan(new PlannedStatement("ALTER TYPE mood ADD VALUE 'happy'", List.of(), null, false),
                    PlannedStatement.of("CREATE TABLE t (m mood DEFAULT 'happy')"),
                    PlannedStatement.of("SELECT 1/0"));
            c.setAutoCommit(false);
            ApplyException e = assertThrows(ApplyException.class, () -> PlanExecutor.execute(c, plan, line -> { }));
            assertTrue(e.getMessage().startsWith("Statement 3 of 3 failed: ERROR: division by zero"), e.getMessage());
            assertFalse(c.getAutoCommit(), "auto-commit is restored to what it was");
            c.setAutoCommit(true);
            assertEquals(2, count(c, "SELECT count(*) FROM pg_enum WHERE enumtypid = 'mood'::regtype"));
            assertEquals(0, count(c, "SELECT count(*) FROM pg_class WHERE relname = 't'"));
        }
    }

    @Test
    void aLockHeldElsewhereMakesTheStatementFailAfterTheLockTimeout() throws Exception {
        try (Connection c = databases.fresh(); Connection other = databases.another(c)) {
            execute(c, "CREATE TABLE t (a integer)");
            other.setAutoCommit(false);
            execute(other, "LOCK TABLE t IN ACCESS EXCLUSIVE MODE");
            Plan plan = plan(PlannedStatement.of("ALTER TABLE t ADD COLUMN b integer"));
            ApplyException e = assertThrows(ApplyException.class, () -> PlanExecutor.execute(c, plan, line -> { }));
            assertTrue(e.getMessage().contains("lock timeout"), e.getMessage());
            other.rollback();
        }
    }

    private static Plan plan(PlannedStatement... statements) {
        return new Plan(List.of(statements), "current", "desired");
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}

package dev.schemata.apply;

import dev.schemata.plan.Plan;
import dev.schemata.plan.PlannedStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;

/** Runs a plan's executable statements on a target database. */
public final class PlanExecutor {
    // a statement that waits for a lock longer than this fails instead of queueing every other session behind it
    private static final String LOCK_TIMEOUT = "SET LOCAL lock_timeout = '5s'";
    // Routine bodies may use tables and routines that the plan creates later: PostgreSQL does not record
    // those uses, so no order can be derived from them. As pg_dump does, bodies are checked when they run.
    private static final String NO_BODY_CHECKS = "SET LOCAL check_function_bodies = off";

    private PlanExecutor() {}

    /**
     * Runs the plan's statements in plan order: each run of transactional statements in one transaction,
     * each non-transactional one (a new enum label, a concurrent index build, a validation) on its own,
     * committed by itself. On failure the current transaction is rolled back and an {@link ApplyException}
     * names the failing statement and PostgreSQL's message; what committed before stays. The connection's
     * auto-commit setting is restored.
     *
     * @param progress receives one line per statement
     * @return how many statements ran
     */
    public static int execute(Connection target, Plan plan, Consumer<String> progress) {
        List<PlannedStatement> statements = plan.executable();
        Run run = new Run(target, statements.size(), progress);
        try {
            boolean autoCommit = target.getAutoCommit();
            try {
                int i = 0;
                while (i < statements.size()) {
                    int end = i;
                    while (end < statements.size() && statements.get(end).transactional()) {
                        end++;
                    }
                    if (end > i) {
                        target.setAutoCommit(false);
                        runInTransaction(target, statements.subList(i, end), run);
                        i = end;
                    } else {
                        target.setAutoCommit(true);
                        run.execute(statements.get(i++));
                    }
                }
            } finally {
                target.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new ApplyException(null, "Could not set up the transaction on the target: " + e.getMessage(), e);
        }
        return run.done;
    }

    private static void runInTransaction(Connection target, List<PlannedStatement> statements, Run run)
            throws SQLException {
        try (Statement s = target.createStatement()) {
            s.execute(LOCK_TIMEOUT);
            s.execute(NO_BODY_CHECKS);
            statements.forEach(run::execute);
            target.commit();
        } catch (RuntimeException | SQLException e) {
            try {
                target.rollback();
            } catch (SQLException rollbackFailed) {
                e.addSuppressed(rollbackFailed);
            }
            throw e;
        }
    }

    /** Numbering and reporting across both parts of one execution. */
    private static final class Run {
        private final Connection target;
        private final int total;
        private final Consumer<String> progress;
        private int done;

        Run(Connection target, int total, Consumer<String> progress) {
            this.target = target;
            this.total = total;
            this.progress = progress;
        }

        void execute(PlannedStatement statement) {
            int number = done + 1;
            long start = System.nanoTime();
            try (Statement s = target.createStatement()) {
                s.execute(statement.sql());
            } catch (SQLException e) {
                throw new ApplyException(statement.sql(), "Statement " + number + " of " + total + " failed: "
                        + e.getMessage() + "\n" + statement.sql(), e);
            }
            done = number;
            long millis = (System.nanoTime() - start) / 1_000_000;
            progress.accept("[" + number + "/" + total + "] " + statement.sql().lines().findFirst().orElse("")
                    + " (" + millis + " ms)");
        }
    }
}

package dev.schemata.apply;

import dev.schemata.plan.HazardType;
import dev.schemata.plan.Plan;
import dev.schemata.plan.PlannedStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a plan's executable statements on a target database, in plan order, one {@link Segment} at a time:
 * consecutive transactional statements in one transaction, each statement PostgreSQL refuses inside a
 * transaction block on its own in auto-commit. A segment that failed only because a statement could not get
 * its lock in time is run again after a growing pause, up to {@link ApplyOptions#retries()} times.
 */
public final class PlanExecutor {
    /** SQLSTATE lock_not_available: lock_timeout expired (or NOWAIT). */
    static final String LOCK_NOT_AVAILABLE = "55P03";
    /** SQLSTATE out_of_memory: also what PostgreSQL raises when its lock table is full. */
    private static final String OUT_OF_MEMORY = "53200";

    private final Connection target;
    private final ApplyOptions options;
    private final Consumer<String> progress;
    private final Sleeper sleeper;
    private final int total;
    private SessionSettings settings;

    private PlanExecutor(Connection target, ApplyOptions options, Consumer<String> progress, Sleeper sleeper, int total) {
        this.target = target;
        this.options = options;
        this.progress = progress;
        this.sleeper = sleeper;
        this.total = total;
    }

    /** Runs the plan with the default options; see {@link #execute(Connection, Plan, ApplyOptions, Consumer)}. */
    public static int execute(Connection target, Plan plan, Consumer<String> progress) {
        return execute(target, plan, ApplyOptions.defaults(), progress);
    }

    /**
     * Runs the plan's executable statements. On failure the failing segment's transaction is rolled back (segments
     * before it stay committed) and an {@link ApplyException} names the failing statement and PostgreSQL's
     * message. The connection's auto-commit setting and session settings are restored.
     *
     * @param progress receives one line per statement, and one per retry
     * @return how many statements ran
     */
    public static int execute(Connection target, Plan plan, ApplyOptions options, Consumer<String> progress) {
        return execute(target, plan, options, progress, Thread::sleep);
    }

    /** As the public one, with the pause between retries left to {@code sleeper}. */
    static int execute(Connection target, Plan plan, ApplyOptions options, Consumer<String> progress,
            Sleeper sleeper) {
        List<PlannedStatement> statements = plan.executable();
        return new PlanExecutor(target, options, progress, sleeper, statements.size()).run(statements);
    }

    private int run(List<PlannedStatement> statements) {
        try {
            boolean autoCommit = target.getAutoCommit();
            target.setAutoCommit(true);
            settings = SessionSettings.apply(target, options);
            try {
                Segment.of(statements).forEach(this::runWithRetries);
            } finally {
                restore(autoCommit);
            }
        } catch (SQLException e) {
            throw new ApplyException(null, "Could not set up the session on the target: " + e.getMessage(), e);
        }
        return statements.size();
    }

    private void runWithRetries(Segment segment) {
        for (int attempt = 1; ; attempt++) {
            try {
                runSegment(segment);
                return;
            } catch (ApplyException e) {
                if (!lockNotAvailable(e) || attempt > options.retries()) {
                    throw e;
                }
                Duration pause = options.retryBackoff().multipliedBy(1L << (attempt - 1));
                progress.accept("Could not get a lock within lock_timeout (" + options.lockTimeout().toMillis()
                        + " ms); " + (segment.transactional() ? "rolled back; " : "") + "running " + segment.describe()
                        + " again in " + pause.toMillis() + " ms (retry " + attempt + " of " + options.retries() + ")");
                sleep(pause, e);
            }
        }
    }

    private void runSegment(Segment segment) {
        if (!segment.transactional()) {
            execute(segment.statements().get(0), segment.first());
            return;
        }
        try {
            target.setAutoCommit(false);
            int number = segment.first();
            for (PlannedStatement statement : segment.statements()) {
                execute(statement, number++);
            }
            target.commit();
            target.setAutoCommit(true);
        } catch (RuntimeException | SQLException e) {
            rollback(e);
            if (e instanceof SQLException sql) {
                throw new ApplyException(null, "Could not commit " + segment.describe() + ": " + sql.getMessage(), sql);
            }
            throw (RuntimeException) e;
        }
    }

    private void execute(PlannedStatement statement, int number) {
        long start = System.nanoTime();
        try (Statement s = target.createStatement()) {
            boolean longRunning = needsIndexTimeout(statement);
            boolean harmlessWait = waitsHarmlessly(statement);
            if (longRunning) settings.useIndexTimeout();
            if (harmlessWait) settings.waitForLocks();
            s.execute(statement.sql());
            if (harmlessWait) settings.useLockTimeout();
            if (longRunning) settings.useStatementTimeout();
        } catch (SQLException e) {
            throw new ApplyException(statement.sql(), "Statement " + number + " of " + total + " failed: "
                    + e.getMessage() + advice(e) + "\n" + statement.sql(), e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        progress.accept("[" + number + "/" + total + "] " + statement.sql().lines().findFirst().orElse("")
                + " (" + millis + " ms" + (statement.transactional() ? "" : ", outside a transaction") + ")");
    }

    /** What to do about a failure whose fix is not in PostgreSQL's own message, on a line of its own; else "". */
    private static String advice(SQLException e) {
        if (OUT_OF_MEMORY.equals(e.getSQLState()) && String.valueOf(e.getMessage()).contains("max_locks_per_transaction")) {
            return "\nThe server's lock table is full: a transaction keeps a lock on every table, index and sequence it"
                    + " creates or changes until it commits, and this one changes more than max_locks_per_transaction"
                    + " (per connection) allows. It was rolled back. Raise max_locks_per_transaction on the server (a"
                    + " restart is needed; PostgreSQL's default is 64), or apply the schema in smaller steps.";
        }
        return "";
    }

    private boolean needsIndexTimeout(PlannedStatement statement) {
        return settings.timeoutsDiffer() && statement.hazards().stream()
                .anyMatch(h -> h.type() == HazardType.INDEX_BUILD || h.type() == HazardType.VALIDATION_SCAN);
    }

    /**
     * CREATE and DROP INDEX CONCURRENTLY take a lock that blocks no reader or writer, then wait for the
     * transactions older than them to end: their waiting queues nobody, and a lock timeout in the middle would
     * leave an invalid index behind. They wait without one, bounded by the index statement timeout.
     */
    private static boolean waitsHarmlessly(PlannedStatement statement) {
        return !statement.transactional() && statement.hazards().stream()
                .anyMatch(h -> h.type() == HazardType.INDEX_BUILD || h.type() == HazardType.INDEX_DROPPED);
    }

    static boolean lockNotAvailable(ApplyException e) {
        return e.getCause() instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState());
    }

    private void rollback(Exception failure) {
        try {
            target.rollback();
            target.setAutoCommit(true);
        } catch (SQLException rollbackFailed) {
            failure.addSuppressed(rollbackFailed);
        }
    }

    private void restore(boolean autoCommit) {
        try {
            if (!target.isClosed()) {
                settings.restore();
                target.setAutoCommit(autoCommit);
            }
        } catch (SQLException ignored) {
            // the connection is gone (terminated, network): its session settings went with it
        }
    }

    private void sleep(Duration pause, ApplyException failure) {
        try {
            sleeper.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }

    /** Waits between retries; tests pass one that does not. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }
}

package dev.schemata;

import dev.schemata.apply.ApplyHistory;
import dev.schemata.apply.ApplyOptions;
import dev.schemata.apply.PlanExecutor;
import dev.schemata.catalog.Catalog;
import dev.schemata.introspect.CatalogReader;
import dev.schemata.plan.Phase;
import dev.schemata.plan.Plan;
import dev.schemata.plan.PlanOptions;
import dev.schemata.plan.PlannedStatement;
import dev.schemata.plan.Planner;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One apply under the lock: get the plan against the target as it is now (a fresh one, or a reviewed one once
 * the target is checked to be as it expects), run it, verify, and record the outcome.
 */
final class ApplyRun {
    /** Makes the plan, inside the lock; throws when there is none to run. */
    interface Planning {
        PlanResult plan();
    }

    private final SchemataRequest request;
    private final Connection target;
    private final Catalog desired;
    private final Planning planning;
    private final Instant started = Instant.now();

    ApplyRun(SchemataRequest request, Connection target, Catalog desired, Planning planning) {
        this.request = request;
        this.target = target;
        this.desired = desired;
        this.planning = planning;
    }

    ApplyResult run() {
        PlanResult planned = null;
        try {
            planned = planning.plan();
            HazardRefusal.check(planned.plan(), request.planOptions());
            int executed = PlanExecutor.execute(target, planned.plan(), request.applyOptions(), request.log());
            verify(planned);
            request.log().accept("Ran " + executed + (executed == 1 ? " statement" : " statements") + " in "
                    + Duration.between(started, Instant.now()).toMillis() + " ms");
            record(planned, null);
            return new ApplyResult(planned, executed);
        } catch (RuntimeException e) {
            record(planned, e.getMessage() == null ? e.toString() : e.getMessage());
            throw e;
        }
    }

    private void verify(PlanResult planned) {
        Catalog after = CatalogReader.read(target, Schemata.targetFilter(request, desired));
        // the same options (managed roles included), drops allowed: what is left must have been withheld
        Plan remaining = Planner.plan(after, planned.desired(),
                request.planOptions().toBuilder().allowDrop(true).phase((Phase) null).build());
        List<String> withheld = planned.plan().skipped().stream().map(PlannedStatement::sql).toList();
        List<String> left = remaining.executable().stream().map(PlannedStatement::sql)
                .filter(sql -> !withheld.contains(sql)).toList();
        if (!left.isEmpty()) {
            throw new SchemataException("The database does not match the declared schema after apply; still to do:\n  "
                    + String.join(";\n  ", left)
                    + "\nThis is a bug in Schemata: please report it with the schema files and the plan.");
        }
    }

    /** Writes the history row, in auto-commit after whatever the plan's transactions did; a failure only warns. */
    private void record(PlanResult planned, String failure) {
        ApplyOptions options = request.applyOptions();
        if (options.historyTable() == null) {
            return;
        }
        Plan plan = planned == null ? null : planned.plan();
        ApplyHistory.Entry entry = new ApplyHistory.Entry(started, Instant.now(),
                plan == null ? null : plan.currentFingerprint(), plan == null ? null : plan.desiredFingerprint(),
                plan == null ? List.of() : plan.executable().stream().map(PlannedStatement::sql).toList(),
                failure, options.commit(), options.job());
        try {
            if (isAlive(target)) {
                target.setAutoCommit(true);
                ApplyHistory.record(target, options.historyTable(), entry);
            } else {
                recordOnNewConnection(entry);
            }
            request.log().accept("Recorded this apply in " + options.historyTable().sql());
        } catch (SQLException | SchemataException e) {
            request.log().accept(Schemata.WARNING + "could not record this apply in " + options.historyTable().sql()
                    + ": " + e.getMessage());
        }
    }

    // the apply's own session was terminated or lost: the row is written from a new one
    private void recordOnNewConnection(ApplyHistory.Entry entry) throws SQLException {
        if (request.target().isEmbedded()) {
            throw new SQLException("the connection to the embedded target is gone");
        }
        try (TargetConnection again = TargetConnection.open(request.target(), request.shadow())) {
            ApplyHistory.record(again.connection(), request.applyOptions().historyTable(), entry);
        }
    }

    private static boolean isAlive(Connection connection) {
        try {
            return connection.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }
}

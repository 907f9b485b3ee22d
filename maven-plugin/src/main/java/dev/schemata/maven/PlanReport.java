package dev.schemata.maven;

import dev.schemata.plan.Hazard;
import dev.schemata.plan.Plan;
import dev.schemata.plan.PlannedStatement;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Prints a plan for a human: each statement numbered, its hazards right below it as warnings, withheld
 * statements with their reason, and a summary line.
 */
final class PlanReport {
    static final String NO_CHANGES = "No changes: the database matches the schema files.";

    private PlanReport() {}

    /** Every statement, numbered, then the summary; or {@link #NO_CHANGES}. */
    static void print(Plan plan, Consumer<String> info, Consumer<String> warn) {
        if (plan.statements().isEmpty()) {
            info.accept(NO_CHANGES);
            return;
        }
        printStatements(plan, statement -> true, info, warn);
        info.accept(summary(plan));
    }

    /** Only the withheld statements, numbered as in the whole plan, with their reasons and hazards. */
    static void printWithheld(Plan plan, Consumer<String> info, Consumer<String> warn) {
        printStatements(plan, PlannedStatement::skipped, info, warn);
    }

    private static void printStatements(Plan plan, Predicate<PlannedStatement> which, Consumer<String> info,
            Consumer<String> warn) {
        int number = 0;
        for (PlannedStatement statement : plan.statements()) {
            number++;
            if (!which.test(statement)) {
                continue;
            }
            String prefix = String.format("%3d. ", number);
            if (statement.skipped()) {
                info.accept(prefix + "skipped, " + statement.skippedReason() + ":");
                statement.sql().lines().forEach(line -> info.accept("     -- " + line));
            } else {
                String[] lines = (statement.sql() + ";").split("\n", -1);
                info.accept(prefix + lines[0]);
                for (int i = 1; i < lines.length; i++) {
                    info.accept("     " + lines[i]);
                }
            }
            for (Hazard hazard : statement.hazards()) {
                warn.accept("     hazard " + hazard.type() + ": " + hazard.message());
            }
            if (statement.refused()) {
                warn.accept("     needs permission: add " + Plan.names(statement.needsPermission())
                        + " to schema.allowHazards, or apply refuses the plan");
            }
        }
    }

    /** {@code N statements to run, M withheld}. */
    static String summary(Plan plan) {
        int run = plan.executable().size();
        int refused = plan.refused().size();
        return run + (run == 1 ? " statement" : " statements") + " to run, " + plan.skipped().size() + " withheld"
                + (refused == 0 ? "" : ", " + refused + " of them need permission in schema.allowHazards");
    }
}

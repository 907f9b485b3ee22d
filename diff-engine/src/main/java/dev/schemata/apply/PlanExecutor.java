package dev.schemata.apply;

import dev.schemata.plan.Plan;
import java.sql.Connection;
import java.util.function.Consumer;

/** Runs a plan's executable statements on a target database. */
public final class PlanExecutor {
    private PlanExecutor() {}

    /**
     * Runs the plan in one transaction (statements that cannot run in a transaction run after it, each
     * alone). On failure everything transactional is rolled back and an {@link ApplyException} names the
     * failing statement and PostgreSQL's message.
     *
     * @param progress receives one line per statement
     * @return how many statements ran
     */
    public static int execute(Connection target, Plan plan, Consumer<String> progress) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}

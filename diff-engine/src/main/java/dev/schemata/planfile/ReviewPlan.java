package dev.schemata.planfile;

import dev.schemata.PlanResult;
import dev.schemata.plan.Plan;
import java.util.Objects;

/**
 * A plan made to be reviewed before it runs.
 *
 * @param result the plan with the catalogs it was made from
 * @param saved what {@code plan.json} holds
 * @param rollback the statements that turn the declared schema back into the target as it was, drops included
 */
public record ReviewPlan(PlanResult result, SavedPlan saved, Plan rollback) {
    public ReviewPlan {
        Objects.requireNonNull(result, "result == null");
        Objects.requireNonNull(saved, "saved == null");
        Objects.requireNonNull(rollback, "rollback == null");
    }
}

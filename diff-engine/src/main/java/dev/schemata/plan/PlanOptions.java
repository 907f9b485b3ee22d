package dev.schemata.plan;

/**
 * How to plan.
 *
 * @param allowDrop whether statements that drop objects run; when false they are kept in the plan as skipped
 */
public record PlanOptions(boolean allowDrop) {
    public static PlanOptions defaults() {
        return new PlanOptions(false);
    }
}

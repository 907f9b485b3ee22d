package dev.schemata;

/**
 * What an apply did.
 *
 * @param planned the plan that was applied
 * @param executed how many statements ran
 */
public record ApplyResult(PlanResult planned, int executed) {}

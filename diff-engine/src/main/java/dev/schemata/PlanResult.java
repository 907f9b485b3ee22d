package dev.schemata;

import dev.schemata.catalog.Catalog;
import dev.schemata.plan.Plan;

/**
 * A plan with the catalogs it was made from.
 *
 * @param postgresMajor the target's PostgreSQL major version (the shadow ran the same)
 */
public record PlanResult(Plan plan, Catalog current, Catalog desired, int postgresMajor) {}

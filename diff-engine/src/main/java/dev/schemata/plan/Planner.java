package dev.schemata.plan;

import dev.schemata.catalog.Catalog;

/** Turns the difference between two catalogs into ordered SQL statements with hazards. */
public final class Planner {
    private Planner() {}

    public static Plan plan(Catalog current, Catalog desired, PlanOptions options) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}

package dev.schemata.plan;

import dev.schemata.catalog.Catalog;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The ordered statements that turn the current schema into the desired one, with the fingerprints of the two
 * catalogs. A plan the planner made works its fingerprints out when they are first asked for: a plan that is
 * only shown never needs them, and they were a third of the planner's time at 1000 tables (the canonical text
 * of both whole catalogs, hashed).
 */
public final class Plan {
    private final List<PlannedStatement> statements;
    private final Supplier<String> currentFingerprint;
    private final Supplier<String> desiredFingerprint;

    /**
     * @param statements in execution order, skipped ones included so that a reader sees them
     * @param currentFingerprint the fingerprint of the catalog the plan was made against
     * @param desiredFingerprint the fingerprint of the desired catalog
     */
    public Plan(List<PlannedStatement> statements, String currentFingerprint, String desiredFingerprint) {
        this(statements, () -> currentFingerprint, () -> desiredFingerprint);
        Objects.requireNonNull(currentFingerprint, "currentFingerprint == null");
        Objects.requireNonNull(desiredFingerprint, "desiredFingerprint == null");
    }

    private Plan(List<PlannedStatement> statements, Supplier<String> currentFingerprint,
            Supplier<String> desiredFingerprint) {
        this.statements = List.copyOf(statements);
        this.currentFingerprint = currentFingerprint;
        this.desiredFingerprint = desiredFingerprint;
    }

    /** A plan made from {@code current} to {@code desired}, whose fingerprints are taken when first asked for. */
    static Plan between(List<PlannedStatement> statements, Catalog current, Catalog desired) {
        return new Plan(statements, new Once(current::fingerprint), new Once(desired::fingerprint));
    }

    /** In execution order, skipped ones included so that a reader sees them. */
    public List<PlannedStatement> statements() {
        return statements;
    }

    /** The fingerprint of the catalog the plan was made against. */
    public String currentFingerprint() {
        return currentFingerprint.get();
    }

    /** The fingerprint of the desired catalog. */
    public String desiredFingerprint() {
        return desiredFingerprint.get();
    }

    /** The statements that will run. */
    public List<PlannedStatement> executable() {
        return statements.stream().filter(s -> !s.skipped()).toList();
    }

    /** The statements withheld, each with its reason. */
    public List<PlannedStatement> skipped() {
        return statements.stream().filter(PlannedStatement::skipped).toList();
    }

    /** The statements that would run but carry a hazard the plan options do not allow: apply refuses them. */
    public List<PlannedStatement> refused() {
        return statements.stream().filter(PlannedStatement::refused).toList();
    }

    /** True when nothing would run (there may still be skipped statements). */
    public boolean isEmpty() {
        return executable().isEmpty();
    }

    /** The plan as a SQL script: runnable statements, and skipped ones as comments with their reason. */
    public String toSql() {
        StringBuilder out = new StringBuilder();
        for (PlannedStatement s : statements) {
            for (Hazard h : s.hazards()) {
                out.append("-- hazard ").append(h.type()).append(": ").append(h.message()).append('\n');
            }
            if (s.refused()) {
                out.append("-- needs permission: add ").append(names(s.needsPermission()))
                        .append(" to schema.allowHazards\n");
            }
            if (s.skipped()) {
                out.append("-- skipped (").append(s.skippedReason()).append("):\n");
                s.sql().lines().forEach(l -> out.append("-- ").append(l).append('\n'));
            } else {
                out.append(s.sql()).append(";\n");
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Hazard type names joined by commas, for a message that says what to allow. */
    public static String names(java.util.Collection<HazardType> types) {
        return types.stream().map(Enum::name).collect(java.util.stream.Collectors.joining(","));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Plan other && statements.equals(other.statements)
                && currentFingerprint().equals(other.currentFingerprint())
                && desiredFingerprint().equals(other.desiredFingerprint());
    }

    @Override
    public int hashCode() {
        return Objects.hash(statements, currentFingerprint(), desiredFingerprint());
    }

    @Override
    public String toString() {
        return "Plan[statements=" + statements + ", currentFingerprint=" + currentFingerprint()
                + ", desiredFingerprint=" + desiredFingerprint() + "]";
    }

    /** A value worked out on the first call, once, whichever thread asks. */
    private static final class Once implements Supplier<String> {
        private Supplier<String> compute;
        private String value;

        Once(Supplier<String> compute) {
            this.compute = compute;
        }

        @Override
        public synchronized String get() {
            if (value == null) {
                value = compute.get();
                compute = null; // the catalog it read may go
            }
            return value;
        }
    }
}

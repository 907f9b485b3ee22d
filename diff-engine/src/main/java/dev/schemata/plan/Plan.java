package dev.schemata.plan;

import java.util.List;

/**
 * The ordered statements that turn the current schema into the desired one.
 *
 * @param statements in execution order, skipped ones included so that a reader sees them
 * @param currentFingerprint the fingerprint of the catalog the plan was made against
 * @param desiredFingerprint the fingerprint of the desired catalog
 */
public record Plan(List<PlannedStatement> statements, String currentFingerprint, String desiredFingerprint) {
    public Plan {
        statements = List.copyOf(statements);
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
}

package dev.schemata.plan;

import java.util.List;
import java.util.Objects;

/**
 * One statement of a plan.
 *
 * @param sql the statement, without a trailing semicolon
 * @param hazards what it risks, possibly none
 * @param skippedReason why it is withheld (for example a drop without {@code allowDrop}), or null when it runs
 * @param transactional false for a statement that runs on its own, outside any transaction, in plan order:
 *     PostgreSQL refuses it inside a transaction block ({@code CREATE INDEX CONCURRENTLY}), or it must commit
 *     apart to release the locks of the statements before it ({@code VALIDATE CONSTRAINT})
 * @param needsPermission the types of its hazards that the plan options do not allow, in declaration order;
 *     {@code apply} refuses a plan in which a statement that runs has any
 */
public record PlannedStatement(String sql, List<Hazard> hazards, String skippedReason, boolean transactional,
        List<HazardType> needsPermission) {
    public PlannedStatement {
        Objects.requireNonNull(sql, "sql == null");
        hazards = List.copyOf(hazards);
        needsPermission = List.copyOf(needsPermission);
    }

    public PlannedStatement(String sql, List<Hazard> hazards, String skippedReason, boolean transactional) {
        this(sql, hazards, skippedReason, transactional, List.of());
    }

    public static PlannedStatement of(String sql, Hazard... hazards) {
        return new PlannedStatement(sql, List.of(hazards), null, true);
    }

    public boolean skipped() {
        return skippedReason != null;
    }

    public PlannedStatement skip(String reason) {
        return new PlannedStatement(sql, hazards, reason, transactional, needsPermission);
    }

    /** Whether it runs and carries a hazard the options do not allow. */
    public boolean refused() {
        return !skipped() && !needsPermission.isEmpty();
    }
}

package dev.schemata.plan;

import java.util.List;
import java.util.Objects;

/**
 * One statement of a plan.
 *
 * @param sql the statement, without a trailing semicolon
 * @param hazards what it risks, possibly none
 * @param skippedReason why it is withheld (for example a drop without {@code allowDrop}), or null when it runs
 * @param transactional false for statements PostgreSQL refuses inside a transaction block
 */
public record PlannedStatement(String sql, List<Hazard> hazards, String skippedReason, boolean transactional) {
    public PlannedStatement {
        Objects.requireNonNull(sql, "sql == null");
        hazards = List.copyOf(hazards);
    }

    public static PlannedStatement of(String sql, Hazard... hazards) {
        return new PlannedStatement(sql, List.of(hazards), null, true);
    }

    public boolean skipped() {
        return skippedReason != null;
    }

    public PlannedStatement skip(String reason) {
        return new PlannedStatement(sql, hazards, reason, transactional);
    }
}

package dev.schemata.catalog;

/**
 * When a trigger or event trigger fires, as {@code session_replication_role} decides
 * ({@code pg_trigger.tgenabled}, {@code pg_event_trigger.evtenabled}).
 */
public enum TriggerState {
    /** Fires in origin and local mode: the state after CREATE. */
    ENABLED("ENABLE"),
    DISABLED("DISABLE"),
    /** Fires only in replica mode. */
    REPLICA("ENABLE REPLICA"),
    /** Fires in every mode. */
    ALWAYS("ENABLE ALWAYS");

    private final String sql;

    TriggerState(String sql) {
        this.sql = sql;
    }

    /** The words of {@code ALTER TABLE t ... TRIGGER name} and {@code ALTER EVENT TRIGGER name ...}. */
    public String sql() {
        return sql;
    }

    /** The state of a {@code tgenabled} or {@code evtenabled} code. */
    public static TriggerState of(String code) {
        return switch (code) {
            case "O" -> ENABLED;
            case "D" -> DISABLED;
            case "R" -> REPLICA;
            case "A" -> ALWAYS;
            default -> throw new IllegalArgumentException("unknown trigger state code " + code);
        };
    }
}

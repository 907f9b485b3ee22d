package dev.schemata.catalog;

import java.util.Comparator;
import java.util.Objects;

/**
 * A trigger a user created on a table or view: not the internal triggers behind foreign keys, not the
 * copies PostgreSQL makes on partitions of a partitioned table's trigger.
 *
 * @param table the table or view it is on; with the name, its identity
 * @param name the trigger name, unique per table
 * @param definition the statement as {@code pg_get_triggerdef(oid)} prints it with an empty search path, for
 *     example {@code CREATE TRIGGER audit AFTER INSERT ON app.item FOR EACH ROW WHEN ((new.quantity > 0))
 *     EXECUTE FUNCTION app.audit()}, or {@code CREATE CONSTRAINT TRIGGER ...}; runnable as it is
 * @param state when it fires; a created trigger is {@link TriggerState#ENABLED} until altered
 * @param constraintTrigger whether it is a constraint trigger
 * @param function the trigger function it executes (trigger functions take no declared arguments)
 * @param comment the comment, or null
 */
public record Trigger(
        QualifiedName table,
        String name,
        String definition,
        TriggerState state,
        boolean constraintTrigger,
        QualifiedName function,
        String comment) {

    /** Sorts triggers by table, then name. */
    public static final Comparator<Trigger> ORDER = Comparator.comparing(Trigger::table).thenComparing(Trigger::name);

    public Trigger {
        Objects.requireNonNull(table, "table == null");
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(definition, "definition == null");
        Objects.requireNonNull(state, "state == null");
        Objects.requireNonNull(function, "function == null");
    }
}

package dev.schemata.catalog;

import java.util.List;
import java.util.Objects;

/**
 * An event trigger. Event triggers belong to the database, not to a schema: one is in scope when its
 * function is.
 *
 * @param name the name, unique in the database: its identity
 * @param event the event: {@code ddl_command_start}, {@code ddl_command_end}, {@code sql_drop},
 *     {@code table_rewrite} or {@code login}
 * @param tags the command tags of {@code WHEN TAG IN (...)} in the order given, for example
 *     {@code DROP TABLE}; empty when it fires for every command
 * @param function the function it executes (no arguments, returns {@code event_trigger})
 * @param state when it fires; a created event trigger is {@link TriggerState#ENABLED} until altered
 * @param comment the comment, or null
 */
public record EventTrigger(
        String name, String event, List<String> tags, QualifiedName function, TriggerState state, String comment) {

    public EventTrigger {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(event, "event == null");
        Objects.requireNonNull(function, "function == null");
        Objects.requireNonNull(state, "state == null");
        tags = List.copyOf(tags);
    }
}

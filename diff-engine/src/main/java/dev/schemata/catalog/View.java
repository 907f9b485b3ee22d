package dev.schemata.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A view or materialized view.
 *
 * @param name the schema-qualified name: its identity (views, tables and composite types share one namespace)
 * @param materialized true for a materialized view
 * @param definition the query as {@code pg_get_viewdef(oid)} prints it with an empty search path (every user
 *     object schema-qualified), without leading blanks and final semicolon: {@code CREATE VIEW name AS}
 *     followed by it re-creates the view
 * @param columns the output columns in order, with their types as {@code format_type} prints them
 *     (only name, type, collation, default and comment are ever set)
 * @param options the storage options as {@code name=value}, sorted: for a view {@code check_option=local}
 *     or {@code check_option=cascaded} (WITH CHECK OPTION), {@code security_barrier=true},
 *     {@code security_invoker=true}; for a materialized view its storage parameters
 * @param indexes the indexes of a materialized view, sorted by name (always empty for a view)
 * @param comment the view comment, or null
 */
public record View(
        QualifiedName name,
        boolean materialized,
        String definition,
        List<Column> columns,
        List<String> options,
        List<Index> indexes,
        String comment) {

    public View {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(definition, "definition == null");
        columns = List.copyOf(columns);
        options = List.copyOf(options);
        indexes = List.copyOf(indexes);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Optional<Index> index(String indexName) {
        return indexes.stream().filter(i -> i.name().equals(indexName)).findFirst();
    }
}

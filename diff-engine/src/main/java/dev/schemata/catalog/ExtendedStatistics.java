package dev.schemata.catalog;

import java.util.Objects;

/**
 * An extended statistics object ({@code CREATE STATISTICS}).
 *
 * @param name the schema-qualified name: its identity
 * @param table the table whose columns or expressions it covers
 * @param definition the statement as {@code pg_get_statisticsobjdef} prints it with an empty search path, for
 *     example {@code CREATE STATISTICS app.s (ndistinct, dependencies) ON id, quantity FROM app.item};
 *     runnable as it is
 * @param statisticsTarget the target of {@code ALTER STATISTICS ... SET STATISTICS}, or null for the default
 * @param comment the comment, or null
 */
public record ExtendedStatistics(
        QualifiedName name, QualifiedName table, String definition, Integer statisticsTarget, String comment) {

    public ExtendedStatistics {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(table, "table == null");
        Objects.requireNonNull(definition, "definition == null");
    }
}

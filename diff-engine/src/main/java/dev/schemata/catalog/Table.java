package dev.schemata.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table with its columns (in physical order), constraints and indexes (each sorted by name).
 *
 * @param name the schema-qualified name: its identity
 * @param columns the columns in physical order
 * @param constraints the constraints declared on this table, sorted by name (not those inherited from a parent)
 * @param indexes the indexes that back no constraint, sorted by name
 * @param comment the table comment, or null
 * @param properties partitioning, inheritance, persistence, replica identity, storage parameters, access
 *     method and row level security; {@link TableProperties#DEFAULT} for a plain table
 */
public record Table(
        QualifiedName name,
        List<Column> columns,
        List<Constraint> constraints,
        List<Index> indexes,
        String comment,
        TableProperties properties) {

    public Table {
        Objects.requireNonNull(name, "name == null");
        columns = List.copyOf(columns);
        constraints = List.copyOf(constraints);
        indexes = List.copyOf(indexes);
        properties = properties == null ? TableProperties.DEFAULT : properties;
    }

    /** A plain table ({@link TableProperties#DEFAULT}). */
    public Table(
            QualifiedName name, List<Column> columns, List<Constraint> constraints, List<Index> indexes, String comment) {
        this(name, columns, constraints, indexes, comment, TableProperties.DEFAULT);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /**
     * The sequences of the table's identity columns, as PostgreSQL named them. A partition's identity columns
     * name their root's sequence (from PostgreSQL 17 on, where a partition can have them).
     */
    public List<QualifiedName> identitySequences() {
        return columns.stream().map(Column::identity).filter(Objects::nonNull).map(Identity::sequence)
                .filter(Objects::nonNull).toList();
    }

    public Optional<Constraint> constraint(String constraintName) {
        return constraints.stream().filter(c -> c.name().equals(constraintName)).findFirst();
    }

    public Optional<Index> index(String indexName) {
        return indexes.stream().filter(i -> i.name().equals(indexName)).findFirst();
    }

    public Optional<Constraint> primaryKey() {
        return constraints.stream().filter(c -> c.kind() == ConstraintKind.PRIMARY_KEY).findFirst();
    }
}

package dev.schemata.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table with its columns (in physical order), constraints and indexes (each sorted by name).
 */
public record Table(
        QualifiedName name, List<Column> columns, List<Constraint> constraints, List<Index> indexes, String comment) {

    public Table {
        Objects.requireNonNull(name, "name == null");
        columns = List.copyOf(columns);
        constraints = List.copyOf(constraints);
        indexes = List.copyOf(indexes);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
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

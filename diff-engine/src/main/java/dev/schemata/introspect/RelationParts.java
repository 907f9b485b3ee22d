package dev.schemata.introspect;

import dev.schemata.catalog.Column;
import dev.schemata.catalog.Constraint;
import dev.schemata.catalog.Index;
import dev.schemata.catalog.QualifiedName;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns, constraints and indexes of every relation in scope (tables, views, materialized views,
 * composite types), each read by one bulk query and grouped by relation: relations share one namespace
 * per schema, so the qualified name is a key.
 */
final class RelationParts {
    private final Map<QualifiedName, List<Column>> columns;
    private final Map<QualifiedName, List<Constraint>> constraints;
    private final Map<QualifiedName, List<Index>> indexes;

    private RelationParts(Map<QualifiedName, List<Column>> columns, Map<QualifiedName, List<Constraint>> constraints,
            Map<QualifiedName, List<Index>> indexes) {
        this.columns = columns;
        this.constraints = constraints;
        this.indexes = indexes;
    }

    static List<TableRows.Owned<Constraint>> constraints(QueryRunner runner, List<String> schemas) throws SQLException {
        return runner.list(CatalogQuery.CONSTRAINTS, schemas, TableRows::constraint);
    }

    static List<TableRows.Owned<Index>> indexes(QueryRunner runner, List<String> schemas) throws SQLException {
        return runner.list(CatalogQuery.INDEXES, schemas, TableRows::index);
    }

    /** The parts read, each list in its query's order. */
    static RelationParts of(List<TableRows.Owned<Column>> columns, List<TableRows.Owned<Constraint>> constraints,
            List<TableRows.Owned<Index>> indexes) {
        return new RelationParts(byRelation(columns), byRelation(constraints), byRelation(indexes));
    }

    /** The columns in physical order. */
    List<Column> columns(QualifiedName relation) {
        return columns.getOrDefault(relation, List.of());
    }

    /** The constraints sorted by name. */
    List<Constraint> constraints(QualifiedName relation) {
        return sorted(constraints.getOrDefault(relation, List.of()), Constraint::name);
    }

    /** The indexes sorted by name. */
    List<Index> indexes(QualifiedName relation) {
        return sorted(indexes.getOrDefault(relation, List.of()), Index::name);
    }

    /** Groups parts by their relation, keeping the query's order (columns come in attnum order). */
    private static <T> Map<QualifiedName, List<T>> byRelation(List<TableRows.Owned<T>> parts) {
        return parts.stream().collect(Collectors.groupingBy(TableRows.Owned::table,
                Collectors.mapping(TableRows.Owned::item, Collectors.toCollection(ArrayList::new))));
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> name) {
        return items.stream().sorted(Comparator.comparing(name)).toList();
    }
}

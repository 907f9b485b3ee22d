package dev.schemata.introspect;

import dev.schemata.SchemaFilter;
import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Column;
import dev.schemata.catalog.Constraint;
import dev.schemata.catalog.EnumType;
import dev.schemata.catalog.Extension;
import dev.schemata.catalog.Index;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Schema;
import dev.schemata.catalog.Sequence;
import dev.schemata.catalog.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a live database's schema into a {@link Catalog}: one bulk query per object kind, all in one
 * read-only snapshot, so the number of queries does not grow with the number of tables.
 *
 * <p>Types, defaults and definitions are printed by PostgreSQL itself ({@code format_type}, {@code pg_get_expr},
 * {@code pg_get_constraintdef}, {@code pg_get_indexdef}) with an empty search path, so every user object in
 * them is schema-qualified ({@code public.mood}, {@code nextval('public.t_id_seq'::regclass)}), and with fixed
 * date, time zone, interval and float formats: the same schema prints the same in any database and session.
 * A column collation is printed as it is written after {@code COLLATE}: {@code "C"} for one in pg_catalog,
 * {@code sales."Exact"} otherwise.
 *
 * <p>In scope: every schema except pg_catalog, information_schema, pg_toast and the temporary ones, that
 * the filter accepts and no extension owns; in those, the tables (ordinary and partitioned), enums and
 * sequences that no extension owns. Identity sequences belong to their column, indexes that back a
 * constraint to the constraint; constraints and indexes a table inherits from its parent are left out.
 */
public final class CatalogReader {
    private CatalogReader() {}

    /**
     * Reads the user schemas that {@code filter} accepts. Leaves the connection's auto-commit, isolation
     * level and read-only flag as they were.
     *
     * @throws IllegalStateException when a catalog query fails or the connection is inside a transaction
     */
    public static Catalog read(Connection connection, SchemaFilter filter) {
        return read(new QueryRunner(connection), filter);
    }

    static Catalog read(QueryRunner runner, SchemaFilter filter) {
        try {
            return ReadOnlySnapshot.run(runner.connection(), () -> readInSnapshot(runner, filter));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database schema (SQLSTATE " + e.getSQLState()
                    + "): " + e.getMessage(), e);
        }
    }

    private static Catalog readInSnapshot(QueryRunner runner, SchemaFilter filter) throws SQLException {
        List<Schema> schemas = runner.list(CatalogQuery.SCHEMAS, ObjectRows::schema).stream()
                .filter(s -> filter.accepts(s.name()))
                .toList();
        List<String> names = schemas.stream().map(Schema::name).toList();
        List<Table> tables = readTables(runner, names);
        List<EnumType> enums = runner.list(CatalogQuery.ENUMS, names, ObjectRows::enumType);
        List<Sequence> sequences = runner.list(CatalogQuery.SEQUENCES, names, ObjectRows::sequence);
        List<Extension> extensions = runner.list(CatalogQuery.EXTENSIONS, names, ObjectRows::extension);
        return new Catalog(schemas, tables, enums, sequences, extensions);
    }

    private static List<Table> readTables(QueryRunner runner, List<String> schemas) throws SQLException {
        Map<QualifiedName, List<Column>> columns = byTable(
                runner.list(CatalogQuery.COLUMNS, schemas, TableRows::column));
        Map<QualifiedName, List<Constraint>> constraints = byTable(
                runner.list(CatalogQuery.CONSTRAINTS, schemas, TableRows::constraint));
        Map<QualifiedName, List<Index>> indexes = byTable(
                runner.list(CatalogQuery.INDEXES, schemas, TableRows::index));
        return runner.list(CatalogQuery.TABLES, schemas, CatalogReader::tableHeader).stream()
                .map(header -> new Table(
                        header.name(),
                        columns.getOrDefault(header.name(), List.of()),
                        sorted(constraints.getOrDefault(header.name(), List.of()), Constraint::name),
                        sorted(indexes.getOrDefault(header.name(), List.of()), Index::name),
                        header.comment()))
                .toList();
    }

    private record TableHeader(QualifiedName name, String comment) {}

    private static TableHeader tableHeader(ResultSet row) throws SQLException {
        return new TableHeader(TableRows.table(row), row.getString("comment"));
    }

    /** Groups parts by their table, keeping the query's order (columns come in attnum order). */
    private static <T> Map<QualifiedName, List<T>> byTable(List<TableRows.Owned<T>> parts) {
        return parts.stream().collect(Collectors.groupingBy(TableRows.Owned::table,
                Collectors.mapping(TableRows.Owned::item, Collectors.toCollection(ArrayList::new))));
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> name) {
        return items.stream().sorted(Comparator.comparing(name)).toList();
    }
}

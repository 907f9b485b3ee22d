package dev.schemata.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A logical replication publication. Publications belong to the database, not to a schema.
 *
 * @param name the name, unique in the database: its identity
 * @param allTables whether it is {@code FOR ALL TABLES}
 * @param tables the tables of {@code FOR TABLE}, sorted by name
 * @param schemas the schemas of {@code FOR TABLES IN SCHEMA} (PostgreSQL 15 on), sorted
 * @param publish the operations of {@code publish = '...'}, in the order insert, update, delete, truncate
 * @param viaPartitionRoot {@code publish_via_partition_root}
 * @param comment the comment, or null
 */
public record Publication(
        String name,
        boolean allTables,
        List<PublishedTable> tables,
        List<String> schemas,
        List<String> publish,
        boolean viaPartitionRoot,
        String comment) {

    /** What {@code CREATE PUBLICATION} publishes without a {@code publish} parameter. */
    public static final List<String> ALL_OPERATIONS = List.of("insert", "update", "delete", "truncate");

    public Publication {
        Objects.requireNonNull(name, "name == null");
        tables = tables.stream().sorted(Comparator.comparing(PublishedTable::table)).toList();
        schemas = schemas.stream().sorted().toList();
        publish = List.copyOf(publish);
    }

    /**
     * One table of a publication.
     *
     * @param table the table
     * @param columns the column list (PostgreSQL 15 on), sorted by name; empty for every column. It is a set:
     *     PostgreSQL keeps it in the table's column order, which differs between databases where columns were
     *     added in another order (the diff does not compare column order; property seed 91)
     * @param rowFilter the {@code WHERE} expression as {@code pg_get_expr} prints it (PostgreSQL 15 on), or null
     */
    public record PublishedTable(QualifiedName table, List<String> columns, String rowFilter) {
        public PublishedTable {
            Objects.requireNonNull(table, "table == null");
            columns = columns.stream().sorted().toList();
        }

        /** Whether the column list or the row filter names the column (which then can neither go nor retype). */
        public boolean uses(String column) {
            return columns.contains(column) || rowFilter != null && Identifiers.mentions(rowFilter, column);
        }
    }
}

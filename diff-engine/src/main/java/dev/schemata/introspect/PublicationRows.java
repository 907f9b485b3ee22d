package dev.schemata.introspect;

import dev.schemata.catalog.Publication;
import dev.schemata.catalog.Publication.PublishedTable;
import dev.schemata.catalog.QualifiedName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads publications with their tables: two bulk queries, each in the form of the server's version
 * (column lists, row filters and FOR TABLES IN SCHEMA came with PostgreSQL 15).
 */
final class PublicationRows {
    private PublicationRows() {}

    static List<Publication> read(QueryRunner runner) throws SQLException {
        boolean before15 = runner.serverMajor() < 15;
        Map<String, List<PublishedTable>> tables = new HashMap<>();
        runner.list(before15 ? CatalogQuery.PUBLICATION_TABLES_PG14 : CatalogQuery.PUBLICATION_TABLES, row -> {
            tables.computeIfAbsent(row.getString("publication"), k -> new ArrayList<>()).add(new PublishedTable(
                    QualifiedName.of(row.getString("schema_name"), row.getString("table_name")),
                    TableRows.strings(row, "columns"),
                    row.getString("row_filter")));
            return null;
        });
        return runner.list(before15 ? CatalogQuery.PUBLICATIONS_PG14 : CatalogQuery.PUBLICATIONS,
                row -> publication(row, tables));
    }

    private static Publication publication(ResultSet row, Map<String, List<PublishedTable>> tables)
            throws SQLException {
        List<String> publish = new ArrayList<>();
        for (String operation : Publication.ALL_OPERATIONS) {
            if (row.getBoolean("publish_" + operation)) {
                publish.add(operation);
            }
        }
        String name = row.getString("name");
        return new Publication(name, row.getBoolean("all_tables"), tables.getOrDefault(name, List.of()),
                TableRows.strings(row, "schemas"), publish, row.getBoolean("via_partition_root"),
                row.getString("comment"));
    }
}

package dev.schemata.plan;

import static dev.schemata.catalog.Identifiers.quote;

import dev.schemata.catalog.Publication;
import dev.schemata.catalog.Publication.PublishedTable;
import dev.schemata.diff.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL of publication changes. Tables are listed as {@code TABLE ONLY a, ONLY b}, which every supported
 * version reads: each member is added or dropped alone, as the catalog lists it (without ONLY, PostgreSQL adds
 * and drops a table's inheriting tables with it, and refuses one that is a member already, property seed 930);
 * column lists, row filters and {@code TABLES IN SCHEMA} appear only when the publication has them (PostgreSQL
 * 15 on).
 */
final class PublicationSql {
    private PublicationSql() {}

    /** The statement, or null when the change is of another kind. */
    static String of(Change change) {
        if (change instanceof Change.CreatePublication c) return create(c.publication());
        if (change instanceof Change.DropPublication c) return "DROP PUBLICATION " + quote(c.publication().name());
        if (change instanceof Change.SetPublicationOptions c) {
            Publication p = c.publication();
            return "ALTER PUBLICATION " + quote(p.name()) + " SET (publish = '" + String.join(", ", p.publish())
                    + "', publish_via_partition_root = " + p.viaPartitionRoot() + ")";
        }
        if (change instanceof Change.DropPublicationMembers c) {
            List<PublishedTable> names = c.tables().stream().map(t -> new PublishedTable(t.table(), List.of(), null))
                    .toList();
            return "ALTER PUBLICATION " + quote(c.publication()) + " DROP " + members(names, c.schemas());
        }
        if (change instanceof Change.AddPublicationMembers c) {
            return "ALTER PUBLICATION " + quote(c.publication()) + " ADD " + members(c.tables(), c.schemas());
        }
        return null;
    }

    private static String create(Publication p) {
        StringBuilder sql = new StringBuilder("CREATE PUBLICATION ").append(quote(p.name()));
        if (p.allTables()) {
            sql.append(" FOR ALL TABLES");
        } else if (!p.tables().isEmpty() || !p.schemas().isEmpty()) {
            sql.append(" FOR ").append(members(p.tables(), p.schemas()));
        }
        List<String> with = new ArrayList<>();
        if (!p.publish().equals(Publication.ALL_OPERATIONS)) {
            with.add("publish = '" + String.join(", ", p.publish()) + "'");
        }
        if (p.viaPartitionRoot()) {
            with.add("publish_via_partition_root = true");
        }
        if (!with.isEmpty()) {
            sql.append(" WITH (").append(String.join(", ", with)).append(')');
        }
        return sql.toString();
    }

    /** {@code TABLE ONLY a (x, y) WHERE (...), ONLY b, TABLES IN SCHEMA s, t}: tables first, then schemas. */
    private static String members(List<PublishedTable> tables, List<String> schemas) {
        List<String> parts = new ArrayList<>();
        if (!tables.isEmpty()) {
            parts.add("TABLE " + tables.stream().map(PublicationSql::table).collect(Collectors.joining(", ")));
        }
        if (!schemas.isEmpty()) {
            parts.add("TABLES IN SCHEMA " + schemas.stream().map(s -> quote(s)).collect(Collectors.joining(", ")));
        }
        return String.join(", ", parts);
    }

    private static String table(PublishedTable t) {
        return "ONLY " + t.table().sql()
                + (t.columns().isEmpty() ? "" : " (" + t.columns().stream().map(c -> quote(c))
                        .collect(Collectors.joining(", ")) + ")")
                + (t.rowFilter() == null ? "" : " WHERE (" + t.rowFilter() + ")");
    }
}

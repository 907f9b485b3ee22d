package dev.schemata.diff;

import dev.schemata.catalog.ObjectId;
import dev.schemata.catalog.ObjectKind;
import dev.schemata.catalog.Privilege;
import dev.schemata.catalog.Publication;
import dev.schemata.catalog.Publication.PublishedTable;
import dev.schemata.catalog.QualifiedName;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * For {@link RenamedCatalog}: the publications and privileges that name a renamed table, column or type, as
 * PostgreSQL lists them after the rename (both follow the object, not its name), so that the diff sees no
 * member left and no grant revoked.
 */
final class RenamedMembers {
    private RenamedMembers() {}

    static List<Publication> table(List<Publication> publications, QualifiedName old, QualifiedName now) {
        return publications.stream().map(p -> withTables(p, p.tables().stream().map(t -> !t.table().equals(old) ? t
                : new PublishedTable(now, t.columns(), t.rowFilter())).toList())).toList();
    }

    /** The column lists and row filters of the renamed column's table. */
    static List<Publication> column(List<Publication> publications, QualifiedName table, UnaryOperator<String> column,
            UnaryOperator<String> bare) {
        return publications.stream().map(p -> withTables(p, p.tables().stream().map(t -> !t.table().equals(table) ? t
                : new PublishedTable(t.table(), t.columns().stream().map(column).toList(),
                        t.rowFilter() == null ? null : bare.apply(t.rowFilter()))).toList())).toList();
    }

    /** The privileges on the renamed object of this kind, with the word before its name kept (TABLE, TYPE, ...). */
    static List<Privilege> object(List<Privilege> privileges, ObjectKind kind, QualifiedName old, QualifiedName now) {
        return privileges.stream().map(p -> p.object() == null || p.object().kind() != kind
                || !p.object().name().equals(old) ? p
                : new Privilege(p.on().substring(0, p.on().indexOf(' ') + 1) + now.sql(),
                        new ObjectId(kind, now, p.object().argumentTypes()), p.schema(), p.column(), p.grantee(),
                        p.privilege(), p.grantable(), p.granted())).toList();
    }

    static List<Privilege> column(List<Privilege> privileges, QualifiedName table, String old, String renamed) {
        return privileges.stream().map(p -> p.column() == null || !p.column().equals(old) || p.object() == null
                || !p.object().name().equals(table) ? p
                : new Privilege(p.on(), p.object(), p.schema(), renamed, p.grantee(), p.privilege(), p.grantable(),
                        p.granted())).toList();
    }

    private static Publication withTables(Publication p, List<PublishedTable> tables) {
        return new Publication(p.name(), p.allTables(), tables, p.schemas(), p.publish(), p.viaPartitionRoot(),
                p.comment());
    }
}

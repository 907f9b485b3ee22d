package dev.schemata.diff;

import dev.schemata.catalog.Publication;
import dev.schemata.catalog.Publication.PublishedTable;
import dev.schemata.diff.CommentTarget.Kind;
import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.QualifiedName;
import java.util.ArrayList;
import java.util.List;

/**
 * Publications. Their options and members are altered in place; a table whose column list or row filter
 * changes is dropped from the publication and added again. One that turns to or from {@code FOR ALL TABLES}
 * is dropped and created again, as PostgreSQL cannot alter that.
 */
final class PublicationDiff {
    private PublicationDiff() {}

    /**
     * A table that is dropped and created again leaves the publications that list it: each kept publication
     * that lists it on both sides, and is not altered for it anyway, adds it again.
     */
    static List<Change> rejoin(List<Change> changes, Catalog current, Catalog desired) {
        List<Change> out = new ArrayList<>(changes);
        aroundRetypes(changes, current, desired, out);
        for (Change c : changes) {
            if (!(c instanceof Change.DropTable d) || desired.table(d.table().name()).isEmpty()) {
                continue;
            }
            for (Publication p : desired.publications()) {
                Publication was = current.publications().stream().filter(x -> x.name().equals(p.name()))
                        .findFirst().orElse(null);
                PublishedTable member = p.tables().stream().filter(t -> t.table().equals(d.table().name()))
                        .findFirst().orElse(null);
                if (was != null && member != null && was.tables().contains(member)
                        && changes.stream().noneMatch(x -> x instanceof Change.CreatePublication n
                                && n.publication().name().equals(p.name()))) {
                    out.add(new Change.AddPublicationMembers(p.name(), List.of(member), List.of()));
                }
            }
        }
        return out;
    }

    /**
     * PostgreSQL refuses to change the type of a column a member's column list or row filter uses ("cannot alter
     * type of a column used by a publication WHERE clause", said of column lists too): such a member, when it
     * stays as it is, leaves the publication before the retype and joins it again after. So it does around a
     * column dropped and added again, and one moved to an enum or range type created again (property seed 1240).
     */
    private static void aroundRetypes(List<Change> changes, Catalog current, Catalog desired, List<Change> out) {
        for (Publication was : current.publications()) {
            Publication p = desired.publications().stream().filter(x -> x.name().equals(was.name())).findFirst()
                    .orElse(null);
            if (p == null || p.allTables() != was.allTables()) {
                continue; // dropped, or dropped and created again: its members go with it
            }
            List<PublishedTable> staying = was.tables().stream()
                    .filter(m -> p.tables().contains(m) && changesUsedColumn(changes, m, current))
                    .toList();
            if (!staying.isEmpty()) {
                out.add(new Change.DropPublicationMembers(p.name(), staying, List.of()));
                out.add(new Change.AddPublicationMembers(p.name(), staying, List.of()));
            }
        }
    }

    /**
     * Whether a change retypes or drops a column the member's list or filter names: on its table, or on a table it
     * inherits from or is a partition of (the change reaches it from there); or recreates the enum or range type
     * such a column has (or the range's multirange, or a domain over either).
     */
    private static boolean changesUsedColumn(List<Change> changes, PublishedTable member, Catalog current) {
        List<QualifiedName> reaching = current.withAncestors(member.table());
        for (Change c : changes) {
            if ((c instanceof Change.ChangeColumnType || c instanceof Change.DropColumn)
                    && reaching.contains(((Change.ColumnChange) c).table())
                    && member.uses(((Change.ColumnChange) c).column())) {
                return true;
            }
            List<QualifiedName> converted = ChangedColumns.convertedTypes(c, current);
            if (!converted.isEmpty() && current.table(member.table()).stream().flatMap(t -> t.columns().stream())
                    .anyMatch(col -> member.uses(col.name())
                            && converted.stream().anyMatch(type -> ChangedColumns.isType(col.type(), type)))) {
                return true;
            }
        }
        return false;
    }

    static void add(Publication p, List<Change> out) {
        out.add(new Change.CreatePublication(p));
        Comments.added(CommentTarget.global(Kind.PUBLICATION, p.name()), p.comment(), out);
    }

    static void compare(Publication from, Publication to, List<Change> out) {
        if (from.allTables() != to.allTables()) {
            out.add(new Change.DropPublication(from));
            add(to, out);
            return;
        }
        if (!from.publish().equals(to.publish()) || from.viaPartitionRoot() != to.viaPartitionRoot()) {
            out.add(new Change.SetPublicationOptions(to));
        }
        List<PublishedTable> dropped = from.tables().stream().filter(t -> !to.tables().contains(t)).toList();
        List<String> droppedSchemas = from.schemas().stream().filter(s -> !to.schemas().contains(s)).toList();
        if (!dropped.isEmpty() || !droppedSchemas.isEmpty()) {
            out.add(new Change.DropPublicationMembers(to.name(), dropped, droppedSchemas));
        }
        List<PublishedTable> added = to.tables().stream().filter(t -> !from.tables().contains(t)).toList();
        List<String> addedSchemas = to.schemas().stream().filter(s -> !from.schemas().contains(s)).toList();
        if (!added.isEmpty() || !addedSchemas.isEmpty()) {
            out.add(new Change.AddPublicationMembers(to.name(), added, addedSchemas));
        }
        Comments.compare(CommentTarget.global(Kind.PUBLICATION, to.name()), from.comment(), to.comment(), out);
    }
}

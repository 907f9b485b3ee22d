package dev.schemata.diff;

import dev.schemata.catalog.Publication;
import dev.schemata.catalog.Publication.PublishedTable;
import dev.schemata.diff.CommentTarget.Kind;
import dev.schemata.catalog.Catalog;
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

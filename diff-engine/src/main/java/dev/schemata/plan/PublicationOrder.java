package dev.schemata.plan;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Publication.PublishedTable;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.diff.Change;
import java.util.List;

/**
 * The edges of publications: created, and given members, after the tables, columns and schemas they name;
 * members dropped before the tables and schemas they name, the columns of their column lists, and the columns
 * their row filters name being dropped or retyped.
 */
final class PublicationOrder {
    private final StepGraph graph;
    private final StepIndex steps;
    private final Catalog current;
    /** The steps that end memberships, in step order; found on first use. */
    private List<Step> leaving;

    private PublicationOrder(StepGraph graph, StepIndex steps, Catalog current) {
        this.graph = graph;
        this.steps = steps;
        this.current = current;
    }

    static void link(StepGraph graph, StepIndex steps, Catalog current) {
        PublicationOrder order = new PublicationOrder(graph, steps, current);
        steps.all().forEach(order::link);
    }

    private void link(Step step) {
        Change change = step.change();
        if (change instanceof Change.CreatePublication c) {
            afterMembers(step, c.publication().tables(), c.publication().schemas());
            for (Step s : steps.ofKind(Change.DropPublication.class)) {
                if (((Change.DropPublication) s.change()).publication().name().equals(c.publication().name())) {
                    graph.order(s, step);
                }
            }
        } else if (change instanceof Change.AddPublicationMembers c) {
            afterMembers(step, c.tables(), c.schemas());
            for (Step s : steps.ofKind(Change.DropPublicationMembers.class)) {
                if (((Change.DropPublicationMembers) s.change()).publication().equals(c.publication())) {
                    graph.order(s, step);
                }
            }
        } else if (change instanceof Change.DropTable c) {
            // ALTER PUBLICATION ... DROP TABLE names the table: it must still be there
            for (Step s : steps.ofKind(Change.DropPublicationMembers.class)) {
                if (((Change.DropPublicationMembers) s.change()).tables().stream()
                        .anyMatch(t -> t.table().equals(c.table().name()))) {
                    graph.order(s, step);
                }
            }
        } else if (change instanceof Change.DropSchema c) {
            for (Step s : steps.ofKind(Change.DropPublicationMembers.class)) {
                if (((Change.DropPublicationMembers) s.change()).schemas().contains(c.schema().name())) {
                    graph.order(s, step);
                }
            }
        } else if (change instanceof Change.DropColumn c) {
            afterLeaving(step, c.table(), c.column());
        } else if (change instanceof Change.ChangeColumnType || change instanceof Change.ConvertColumn) {
            Change.ColumnChange c = (Change.ColumnChange) change;
            afterLeaving(step, c.table(), c.column());
        }
    }

    /**
     * After the members leave whose column list or row filter names the column, on the table or on one the change
     * reaches from it (its partitions and children): it cannot go or retype under them.
     */
    private void afterLeaving(Step step, QualifiedName table, String column) {
        if (leaving == null) {
            // found once, not for each column change: plans drop or retype columns by the thousand
            leaving = steps.all().stream().filter(s -> !leavingTables(s).isEmpty()).toList();
        }
        if (leaving.isEmpty()) {
            return;
        }
        List<QualifiedName> reached = current.withDescendants(table);
        for (Step s : leaving) {
            if (leavingTables(s).stream().anyMatch(t -> reached.contains(t.table()) && t.uses(column))) {
                graph.order(s, step);
            }
        }
    }

    /** The tables whose membership the step ends: members dropped, or a publication dropped whole. */
    private static List<PublishedTable> leavingTables(Step step) {
        return step.change() instanceof Change.DropPublicationMembers d ? d.tables()
                : step.change() instanceof Change.DropPublication d ? d.publication().tables() : List.of();
    }

    /** After the tables exist with their columns (and any change to them, or to their parents'), and after the schemas. */
    private void afterMembers(Step step, List<PublishedTable> tables, List<String> schemas) {
        for (PublishedTable t : tables) {
            for (Step s : current.withAncestors(t.table()).stream().flatMap(r -> steps.on(r).stream()).toList()) {
                if (s.change() instanceof Change.CreateTable || s.change() instanceof Change.ColumnChange
                        && !(s.change() instanceof Change.DropColumn) || s.change() instanceof Change.AttachPartition
                        || s.change() instanceof Change.DetachPartition) {
                    graph.order(s, step);
                }
            }
        }
        for (Step s : steps.ofKind(Change.CreateSchema.class)) {
            if (schemas.contains(((Change.CreateSchema) s.change()).schema().name())) {
                graph.order(s, step);
            }
        }
    }
}

package dev.schemata.diff;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Constraint;
import dev.schemata.catalog.ConstraintKind;
import dev.schemata.catalog.Index;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Constraints a table holds as copies of its parent's, which the catalog leaves out as inherited: a partition
 * has clones of its parent's foreign keys and checks, a child table of its parents' checks.
 * {@code DETACH PARTITION} and {@code NO INHERIT} leave them on the table as its own: one the desired table
 * declares alike, or that a partition attached again finds alike on its new parent, is kept (not added again),
 * any other is dropped after. Before {@code INHERIT}, the table must
 * have the parent's checks itself: the missing ones are added first (PostgreSQL then merges them); so before
 * ATTACH PARTITION to another parent.
 */
final class DetachedClones {
    private DetachedClones() {}

    static List<Change> apply(List<Change> changes, Catalog current, Catalog desired) {
        List<Change> out = new ArrayList<>(changes);
        for (Change c : changes) {
            if (c instanceof Change.DetachPartition d) {
                leave(d.parent(), d.partition(), true, current, desired, out);
            } else if (c instanceof Change.DropInherit d) {
                leave(d.parent(), d.table(), false, current, desired, out);
            } else if (c instanceof Change.AddInherit a) {
                join(a.parent(), a.table(), List.of(), current, desired, out);
            } else if (c instanceof Change.AttachPartition a) {
                attach(a, current, desired, out);
            }
        }
        return out;
    }

    private static void leave(QualifiedName parentName, QualifiedName child, boolean partition, Catalog current,
            Catalog desired, List<Change> out) {
        Table parent = current.table(parentName).orElse(null);
        Table table = current.table(child).orElse(null);
        Table wanted = desired.table(child).orElse(null);
        if (parent == null || table == null || wanted == null
                || partition && parentName.equals(wanted.properties().partitionOf())) {
            return; // one attached again to its parent: what the parent drops goes before it leaves (PartitionOrder)
        }
        if (partition && wanted.properties().partitionOf() == null) {
            attachedParts(table, wanted, out); // a partition that moves has them attached to its new parent's
        } else if (partition) {
            partsLeftBehind(table, wanted, out);
        }
        Table newParent = wanted.properties().partitionOf() == null ? null
                : desired.table(wanted.properties().partitionOf()).orElse(null);
        for (Constraint clone : parent.constraints()) {
            if (!isCopied(clone, partition) || table.constraint(clone.name()).isPresent()) {
                continue;
            }
            Constraint kept = wanted.constraint(clone.name()).orElse(null);
            Constraint again = newParent == null ? null : newParent.constraint(clone.name()).orElse(null);
            if (again != null && sameDefinition(clone, again)) {
                continue; // ATTACH PARTITION wants it there, and makes it the parent's again
            } else if (kept != null && sameDefinition(clone, kept)) {
                out.removeIf(x -> x instanceof Change.AddConstraint a && a.table().equals(child)
                        && a.constraint().name().equals(clone.name()));
            } else {
                out.add(new Change.DropConstraint(child, clone));
            }
        }
    }

    /** Keys, unique and exclusion constraints and indexes the partition has as parts of its parent's. */
    private static void attachedParts(Table table, Table wanted, List<Change> out) {
        QualifiedName name = table.name();
        table.properties().attachedConstraints().forEach((constraint, definition) -> {
            if (wanted.constraint(constraint).map(k -> k.definition().equals(definition)).orElse(false)) {
                out.removeIf(x -> x instanceof Change.AddConstraint a && a.table().equals(name)
                        && a.constraint().name().equals(constraint));
            } else {
                out.add(new Change.DropConstraint(name, new Constraint(constraint, kindOf(definition), definition,
                        List.of(), null, null, false, false, true, null)));
            }
        });
        table.properties().attachedIndexes().forEach((index, definition) -> {
            if (wanted.index(index).map(k -> k.definition().equals(definition)).orElse(false)) {
                out.removeIf(x -> x instanceof Change.CreateIndex a && a.table().equals(name)
                        && a.index().name().equals(index));
            } else {
                out.add(new Change.DropIndex(name, new Index(index, definition, definition.startsWith("CREATE UNIQUE"),
                        null, List.of(), null, null)));
            }
        });
    }

    /**
     * A partition attached again keeps the parts it has of its parent's keys and indexes: ATTACH PARTITION makes
     * them parts again. One the partition as desired does not have (its parent's index goes while it is
     * detached) would stay as its own: it is dropped.
     */
    private static void partsLeftBehind(Table table, Table wanted, List<Change> out) {
        QualifiedName name = table.name();
        table.properties().attachedConstraints().forEach((constraint, definition) -> {
            if (!definition.equals(wanted.properties().attachedConstraints().get(constraint))) {
                out.add(new Change.DropConstraint(name, new Constraint(constraint, kindOf(definition), definition,
                        List.of(), null, null, false, false, true, null)));
            }
        });
        table.properties().attachedIndexes().forEach((index, definition) -> {
            if (!definition.equals(wanted.properties().attachedIndexes().get(index))) {
                out.add(new Change.DropIndex(name, new Index(index, definition, definition.startsWith("CREATE UNIQUE"),
                        null, List.of(), null, null)));
            }
        });
    }

    private static ConstraintKind kindOf(String definition) {
        return definition.startsWith("PRIMARY KEY") ? ConstraintKind.PRIMARY_KEY
                : definition.startsWith("UNIQUE") ? ConstraintKind.UNIQUE : ConstraintKind.EXCLUSION;
    }

    /**
     * A table attached to a parent it was not a partition of must have that parent's checks before, as for
     * INHERIT: the missing ones are added first, and ATTACH PARTITION makes them the parent's. A check of its
     * old parent that it keeps through DETACH (its new parent has it alike) counts as its own.
     */
    private static void attach(Change.AttachPartition a, Catalog current, Catalog desired, List<Change> out) {
        Table table = current.table(a.partition()).orElse(null);
        if (table == null || a.parent().equals(table.properties().partitionOf())) {
            return; // a new table is created as a partition; one attached again to its parent has them
        }
        List<Constraint> kept = table.properties().partitionOf() == null ? List.of()
                : current.table(table.properties().partitionOf()).map(p -> withAncestors(p, current)).orElse(List.of());
        join(a.parent(), a.partition(), kept, current, desired, out);
    }

    private static void join(QualifiedName parentName, QualifiedName child, List<Constraint> kept, Catalog current,
            Catalog desired, List<Change> out) {
        Table parent = desired.table(parentName).orElse(null);
        Table table = current.table(child).orElse(null);
        if (parent == null || table == null) {
            return;
        }
        for (Constraint check : withAncestors(parent, desired)) {
            if (!isCopied(check, false)) {
                continue;
            }
            Constraint own = table.constraint(check.name())
                    .or(() -> kept.stream().filter(k -> k.name().equals(check.name())).findFirst()).orElse(null);
            if (own != null && sameDefinition(own, check)) {
                out.removeIf(x -> x instanceof Change.DropConstraint d && d.table().equals(child)
                        && d.constraint().name().equals(check.name()));
            } else {
                out.add(new Change.AddConstraint(child, check));
            }
        }
    }

    /** The constraints of a table and those it has from its parents (partitioned or inherited), and so on. */
    private static List<Constraint> withAncestors(Table table, Catalog catalog) {
        List<Constraint> all = new ArrayList<>(table.constraints());
        for (QualifiedName ancestor : catalog.ancestors(table.name())) {
            catalog.table(ancestor).ifPresent(t -> t.constraints().stream()
                    .filter(k -> all.stream().noneMatch(x -> x.name().equals(k.name()))).forEach(all::add));
        }
        return all;
    }

    /** Foreign keys reach partitions only; inheritable checks reach every child. */
    private static boolean isCopied(Constraint c, boolean partition) {
        return partition && c.kind() == ConstraintKind.FOREIGN_KEY
                || c.kind() == ConstraintKind.CHECK && !c.definition().contains("NO INHERIT");
    }

    private static boolean sameDefinition(Constraint a, Constraint b) {
        return a.kind() == b.kind() && a.definition().equals(b.definition()) && a.deferrable() == b.deferrable()
                && a.initiallyDeferred() == b.initiallyDeferred() && a.validated() == b.validated();
    }
}

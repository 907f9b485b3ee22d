package dev.schemata.diff;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Constraint;
import dev.schemata.catalog.ConstraintKind;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Constraints a table holds as copies of its parent's, which the catalog leaves out as inherited: a partition
 * has clones of its parent's foreign keys and checks, a child table of its parents' checks.
 * {@code DETACH PARTITION} and {@code NO INHERIT} leave them on the table as its own: one the desired table
 * declares alike is kept (not added again), any other is dropped after. Before {@code INHERIT}, the table must
 * have the parent's checks itself: the missing ones are added first (PostgreSQL then merges them).
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
                join(a.parent(), a.table(), current, desired, out);
            }
        }
        return out;
    }

    private static void leave(QualifiedName parentName, QualifiedName child, boolean partition, Catalog current,
            Catalog desired, List<Change> out) {
        Table parent = current.table(parentName).orElse(null);
        Table table = current.table(child).orElse(null);
        Table wanted = desired.table(child).orElse(null);
        if (parent == null || table == null || wanted == null) {
            return;
        }
        for (Constraint clone : parent.constraints()) {
            if (!isCopied(clone, partition) || table.constraint(clone.name()).isPresent()) {
                continue;
            }
            Constraint kept = wanted.constraint(clone.name()).orElse(null);
            if (kept != null && sameDefinition(clone, kept)) {
                out.removeIf(x -> x instanceof Change.AddConstraint a && a.table().equals(child)
                        && a.constraint().name().equals(clone.name()));
            } else {
                out.add(new Change.DropConstraint(child, clone));
            }
        }
    }

    private static void join(QualifiedName parentName, QualifiedName child, Catalog current, Catalog desired,
            List<Change> out) {
        Table parent = desired.table(parentName).orElse(null);
        Table table = current.table(child).orElse(null);
        if (parent == null || table == null) {
            return;
        }
        for (Constraint check : parent.constraints()) {
            if (!isCopied(check, false)) {
                continue;
            }
            Constraint own = table.constraint(check.name()).orElse(null);
            if (own != null && sameDefinition(own, check)) {
                out.removeIf(x -> x instanceof Change.DropConstraint d && d.table().equals(child)
                        && d.constraint().name().equals(check.name()));
            } else {
                out.add(new Change.AddConstraint(child, check));
            }
        }
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

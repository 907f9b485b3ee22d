package dev.schemata.plan;

import dev.schemata.SchemataException;
import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.ColumnRef;
import dev.schemata.catalog.Constraint;
import dev.schemata.catalog.ConstraintKind;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Table;
import dev.schemata.diff.Change;
import dev.schemata.diff.Change.AddConstraint;
import dev.schemata.diff.Change.CreateEnum;
import dev.schemata.diff.Change.CreateTable;
import dev.schemata.diff.Change.DropColumn;
import dev.schemata.diff.Change.DropConstraint;
import dev.schemata.diff.Change.DropEnum;
import dev.schemata.diff.Change.DropIndex;
import dev.schemata.diff.Change.DropSequence;
import dev.schemata.diff.Change.DropTable;
import dev.schemata.diff.Change.RecreateEnum;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the diff's changes into graph steps, adding the statements PostgreSQL needs and leaving out
 * those it does by itself.
 */
final class Steps {
    private final List<Step> steps = new ArrayList<>();

    private Steps() {}

    static List<Step> of(List<Change> changes, Catalog current, Catalog desired) {
        Map<QualifiedName, Table> droppedTables = new HashMap<>();
        Set<ColumnRef> droppedColumns = new HashSet<>();
        for (Change c : changes) {
            if (c instanceof DropTable d) {
                droppedTables.put(d.table().name(), d.table());
                d.table().columns().forEach(col -> droppedColumns.add(new ColumnRef(d.table().name(), col.name())));
            } else if (c instanceof DropColumn d) {
                droppedColumns.add(new ColumnRef(d.table(), d.column()));
            }
        }
        Map<QualifiedName, Integer> cycleGroups = ReferenceCycles.groups(droppedTables);
        Steps out = new Steps();
        for (Change c : changes) {
            if (c instanceof DropSequence d && droppedColumns.contains(d.sequence().ownedBy())) {
                continue; // PostgreSQL drops an owned sequence with its column
            }
            if (c instanceof RecreateEnum r) {
                out.recreate(r, current);
                continue;
            }
            Step step = out.add(c, null);
            if (c instanceof CreateTable t) {
                out.separateConstraints(t.table());
            } else if (c instanceof DropTable d) {
                out.dropForeignKeysInCycles(d.table(), step, cycleGroups);
            } else if (c instanceof DropConstraint d && d.constraint().foreignKey() == null) {
                out.rebuildForeignKeysOn(d.table(), d.constraint().columns(), changes, current, desired);
            } else if (c instanceof DropIndex d && d.index().unique()) {
                out.rebuildForeignKeysOn(d.table(), d.index().columns(), changes, current, desired);
            }
        }
        return List.copyOf(out.steps);
    }

    /** Whether CREATE TABLE declares the constraint; foreign keys and NOT VALID ones follow as ALTER TABLE. */
    static boolean isInline(Constraint constraint) {
        return constraint.kind() != ConstraintKind.FOREIGN_KEY && constraint.validated();
    }

    private Step add(Change change, Step partOf) {
        Step step = new Step(steps.size(), change, partOf);
        steps.add(step);
        return step;
    }

    /**
     * An enum whose labels are removed or reordered is dropped and created again, which only works while no
     * column uses it. Converting the values of columns that do is not supported yet.
     */
    private void recreate(RecreateEnum change, Catalog current) {
        List<String> users = current.tables().stream()
                .flatMap(t -> t.columns().stream()
                        .filter(c -> References.isType(c.type(), change.from().name()))
                        .map(c -> t.name() + "." + c.name()))
                .toList();
        if (!users.isEmpty()) {
            throw new SchemataException("Enum type " + change.to().name() + " changes its labels from "
                    + change.from().labels() + " to " + change.to().labels() + ", and columns use it ("
                    + String.join(", ", users) + "): removing or reordering the values of an enum in use is not "
                    + "supported yet. Schemata can add values anywhere in the list; to remove or reorder them, "
                    + "migrate the type by hand, then declare its new labels.");
        }
        add(new DropEnum(change.from()), null);
        add(new CreateEnum(change.to()), null);
    }

    /**
     * A foreign key depends on the key or unique index it references: when that is dropped (to be recreated
     * or replaced), a foreign key that the diff keeps must be dropped before and added again after.
     */
    private void rebuildForeignKeysOn(QualifiedName table, List<String> keyColumns, List<Change> changes,
            Catalog current, Catalog desired) {
        for (Table referencing : current.tables()) {
            for (Constraint fk : referencing.constraints()) {
                if (fk.foreignKey() != null && fk.foreignKey().referencedTable().equals(table)
                        && fk.foreignKey().referencedColumns().equals(keyColumns)
                        && !isDropped(referencing.name(), fk, changes)) {
                    desired.table(referencing.name()).flatMap(t -> t.constraint(fk.name())).ifPresent(kept -> {
                        add(new DropConstraint(referencing.name(), fk), null);
                        add(new AddConstraint(referencing.name(), kept), null);
                    });
                }
            }
        }
    }

    private static boolean isDropped(QualifiedName table, Constraint constraint, List<Change> changes) {
        return changes.stream().anyMatch(c -> c instanceof DropConstraint d && d.table().equals(table)
                && d.constraint().name().equals(constraint.name())
                || c instanceof DropTable t && t.table().name().equals(table));
    }

    /**
     * Foreign keys come after every table exists, which also breaks cycles of references. A partition's own
     * constraints all follow its {@code PARTITION OF}.
     */
    private void separateConstraints(Table table) {
        boolean partition = table.properties().partitionOf() != null;
        for (Constraint c : table.constraints()) {
            if (partition || !isInline(c)) {
                add(new AddConstraint(table.name(), c), null);
            }
        }
    }

    /**
     * Dropped tables that reference each other in a cycle cannot be dropped one after the other: the foreign
     * keys of the cycle go first. These drops only serve the table drops, so they are withheld with them.
     */
    private void dropForeignKeysInCycles(Table table, Step drop, Map<QualifiedName, Integer> cycleGroups) {
        for (Constraint c : table.constraints()) {
            QualifiedName referenced = c.foreignKey() == null ? null : c.foreignKey().referencedTable();
            if (referenced != null && !referenced.equals(table.name())
                    && cycleGroups.get(table.name()).equals(cycleGroups.get(referenced))) {
                add(new DropConstraint(table.name(), c), drop);
            }
        }
    }
}

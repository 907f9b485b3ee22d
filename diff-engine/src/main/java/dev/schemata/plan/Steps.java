package dev.schemata.plan;

import dev.schemata.catalog.ColumnRef;
import dev.schemata.catalog.Constraint;
import dev.schemata.catalog.ConstraintKind;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Table;
import dev.schemata.diff.Change;
import dev.schemata.diff.Change.AddConstraint;
import dev.schemata.diff.Change.CreateTable;
import dev.schemata.diff.Change.DropColumn;
import dev.schemata.diff.Change.DropConstraint;
import dev.schemata.diff.Change.DropSequence;
import dev.schemata.diff.Change.DropTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the diff's changes into graph steps, adding the statements PostgreSQL needs and leaving out
 * those it does by itself.
 */
final class Steps {
    private final List<Step> steps = new ArrayList<>();

    private Steps() {}

    static List<Step> of(List<Change> changes) {
        Set<QualifiedName> droppedTables = new HashSet<>();
        Set<ColumnRef> droppedColumns = new HashSet<>();
        for (Change c : changes) {
            if (c instanceof DropTable d) {
                droppedTables.add(d.table().name());
                d.table().columns().forEach(col -> droppedColumns.add(new ColumnRef(d.table().name(), col.name())));
            } else if (c instanceof DropColumn d) {
                droppedColumns.add(new ColumnRef(d.table(), d.column()));
            }
        }
        Steps out = new Steps();
        for (Change c : changes) {
            if (c instanceof DropSequence d && droppedColumns.contains(d.sequence().ownedBy())) {
                continue; // PostgreSQL drops an owned sequence with its column
            }
            Step step = out.add(c, null);
            if (c instanceof CreateTable t) {
                out.separateConstraints(t.table());
            } else if (c instanceof DropTable d) {
                out.dropForeignKeysBetweenDroppedTables(d.table(), step, droppedTables);
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

    /** Foreign keys come after every table exists, which also breaks cycles of references. */
    private void separateConstraints(Table table) {
        for (Constraint c : table.constraints()) {
            if (!isInline(c)) {
                add(new AddConstraint(table.name(), c), null);
            }
        }
    }

    /**
     * Two dropped tables that reference each other cannot be dropped one after the other: their foreign
     * keys go first. These drops only serve the table drop, so they are withheld with it.
     */
    private void dropForeignKeysBetweenDroppedTables(Table table, Step drop, Set<QualifiedName> droppedTables) {
        for (Constraint c : table.constraints()) {
            if (c.foreignKey() != null && !c.foreignKey().referencedTable().equals(table.name())
                    && droppedTables.contains(c.foreignKey().referencedTable())) {
                add(new DropConstraint(table.name(), c), drop);
            }
        }
    }
}

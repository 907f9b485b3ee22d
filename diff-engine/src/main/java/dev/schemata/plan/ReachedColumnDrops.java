package dev.schemata.plan;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.diff.Change.DropColumn;
import dev.schemata.diff.Change.DropConstraint;
import dev.schemata.diff.Change.DropIndex;

/**
 * A column dropped from a partitioned table or a parent is dropped from its partitions and children too, and
 * PostgreSQL drops with it their own keys, checks, foreign keys and indexes that use it: dropped after, they
 * would be gone (property seed 4385). Such a drop goes before the column's, while the table is still attached.
 */
final class ReachedColumnDrops {
    private ReachedColumnDrops() {}

    /**
     * The drop of a parent's column that reaches the table and takes this drop's constraint or index of the
     * table's own (not a clone or part of the parent's) with it, or null.
     */
    static Step of(Step step, StepIndex steps, Catalog current) {
        QualifiedName table;
        boolean own;
        if (step.change() instanceof DropConstraint d) {
            table = d.table();
            own = current.table(table).flatMap(t -> t.constraint(d.constraint().name())).isPresent();
            if (own && d.constraint().foreignKey() != null) {
                return foreignKeyColumnDrop(d, steps, current);
            }
        } else if (step.change() instanceof DropIndex d) {
            table = d.table();
            own = current.table(table).flatMap(t -> t.index(d.index().name())).isPresent();
        } else {
            return null;
        }
        // Steps ties an index or key that uses a dropped column of the table or its parents to that drop
        return own && step.partOf() != null && step.partOf().change() instanceof DropColumn c
                && !c.table().equals(table) ? step.partOf() : null;
    }

    /** Steps leaves foreign keys apart: the parent's drop of one of its columns. */
    private static Step foreignKeyColumnDrop(DropConstraint drop, StepIndex steps, Catalog current) {
        for (QualifiedName parent : current.ancestors(drop.table())) {
            for (Step s : steps.on(parent)) {
                if (s.change() instanceof DropColumn c && s.partOf() == null
                        && drop.constraint().columns().contains(c.column())) {
                    return s;
                }
            }
        }
        return null;
    }
}

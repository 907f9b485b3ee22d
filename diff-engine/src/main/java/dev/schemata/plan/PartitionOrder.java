package dev.schemata.plan;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Constraint;
import dev.schemata.catalog.ConstraintKind;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Table;
import dev.schemata.diff.Change;
import dev.schemata.diff.Change.AttachPartition;
import dev.schemata.diff.Change.ColumnChange;
import dev.schemata.diff.Change.CreateTable;
import dev.schemata.diff.Change.DetachPartition;
import dev.schemata.diff.Change.DropColumn;
import dev.schemata.diff.Change.DropTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The edges between a partitioned table's steps and its partitions': a partition is created or attached
 * after its parent has its columns, has its own columns changed after the parent's, and is detached or
 * dropped before its old parent changes columns or is dropped; one that only moves to other bounds is
 * detached after its parent's column changes, which reach it.
 */
final class PartitionOrder {
    private final StepGraph graph;
    private final StepIndex steps;
    private final Catalog current;
    private final Map<QualifiedName, List<QualifiedName>> desiredParents = new HashMap<>();
    private final Map<QualifiedName, List<QualifiedName>> currentPartitions = new HashMap<>();
    // the current partitions and inheriting tables of a table
    private final Map<QualifiedName, List<QualifiedName>> currentChildren = new HashMap<>();
    // partitions that stay with their parent (they may move to other bounds), by name, to that parent
    private final Map<QualifiedName, QualifiedName> staysWith = new HashMap<>();

    private PartitionOrder(StepGraph graph, StepIndex steps, Catalog current, Catalog desired) {
        this.graph = graph;
        this.steps = steps;
        this.current = current;
        for (Table t : desired.tables()) {
            if (t.properties().partitionOf() != null) {
                desiredParents.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(t.properties().partitionOf());
            }
            // a child's own column steps come after its parents' (whose steps reach the child too)
            t.properties().inherits()
                    .forEach(p -> desiredParents.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(p));
        }
        for (Table t : current.tables()) {
            t.properties().inherits()
                    .forEach(p -> currentChildren.computeIfAbsent(p, k -> new ArrayList<>()).add(t.name()));
            if (t.properties().partitionOf() != null) {
                currentChildren.computeIfAbsent(t.properties().partitionOf(), k -> new ArrayList<>()).add(t.name());
                currentPartitions.computeIfAbsent(t.properties().partitionOf(), k -> new ArrayList<>()).add(t.name());
                QualifiedName parent = t.properties().partitionOf();
                desired.table(t.name()).filter(d -> parent.equals(d.properties().partitionOf())
                        && desired.table(parent).isPresent()).ifPresent(d -> staysWith.put(t.name(), parent));
            }
        }
    }

    static void link(StepGraph graph, StepIndex steps, Catalog current, Catalog desired) {
        PartitionOrder order = new PartitionOrder(graph, steps, current, desired);
        steps.all().forEach(order::link);
    }

    private void link(Step step) {
        Change change = step.change();
        if (change instanceof CreateTable c) {
            after(step, steps.on(c.table().name()), s -> s.change() instanceof DropTable);
            for (QualifiedName parent : desiredParents.getOrDefault(c.table().name(), List.of())) {
                after(step, steps.on(parent), s -> s.change() instanceof CreateTable
                        || s.change() instanceof ColumnChange && !(s.change() instanceof DropColumn));
            }
        } else if (change instanceof ColumnChange c) {
            if (!(change instanceof Change.DropDefault)) { // a partition's default may stand in the parent's way
                for (QualifiedName parent : desiredParents.getOrDefault(c.table(), List.of())) {
                    after(step, steps.on(parent), s -> s.change() instanceof ColumnChange);
                }
            }
            if (change instanceof Change.ConvertColumn || change instanceof Change.ChangeColumnType) {
                // the new type reaches the partitions and children, whose defaults must be set aside before
                for (QualifiedName below : currentChildren.getOrDefault(c.table(), List.of())) {
                    after(step, steps.on(below), s -> s.change() instanceof Change.DropDefault d
                            && d.column().equals(c.column()));
                }
            }
            // a child that leaves the table keeps its columns as they are
            after(step, steps.ofKind(Change.DropInherit.class),
                    s -> ((Change.DropInherit) s.change()).parent().equals(c.table()));
            if (!staysWith.containsKey(c.table())) { // one that stays may change its own settings while attached
                after(step, steps.on(c.table()), s -> s.change() instanceof DetachPartition
                        || s.change() instanceof Change.DropInherit);
            }
            afterPartitionsLeave(step, c.table());
        } else if (change instanceof DetachPartition c && c.parent().equals(staysWith.get(c.partition()))) {
            // one that only moves to other bounds takes the parent's column changes, and its dropped keys and
            // indexes, with it before it leaves
            after(step, steps.on(c.parent()), s -> s.change() instanceof ColumnChange
                    || s.change() instanceof Change.DropConstraint || s.change() instanceof Change.DropIndex);
        } else if (change instanceof AttachPartition c) {
            after(step, steps.on(c.parent()), s -> s.change() instanceof CreateTable
                    || s.change() instanceof ColumnChange);
            after(step, steps.on(c.partition()), s -> s.change() instanceof CreateTable
                    || s.change() instanceof ColumnChange || s.change() instanceof DetachPartition
                    || s.change() instanceof Change.DropIndex
                    || s.change() instanceof Change.AddConstraint k && isCheck(k.constraint()));
        } else if (change instanceof DropTable c) {
            afterPartitionsLeave(step, c.table().name());
            after(step, steps.on(c.table().name()), s -> s.change() instanceof DetachPartition);
            QualifiedName parent = c.table().properties().partitionOf();
            if (parent != null) {
                // a foreign key to the parent holds on to each partition: a plain table with one goes first
                after(step, steps.tableDropsReferencing(parent), s -> isPlainAndApart(s, c.table()));
                after(step, steps.on(parent), s -> s.change() instanceof Change.DropConstraint d
                        && d.constraint().foreignKey() != null);
            }
            after(step, steps.ofKind(Change.DropInherit.class),
                    s -> ((Change.DropInherit) s.change()).parent().equals(c.table().name()));
        } else if (change instanceof Change.DropConstraint c) {
            // a clone of the parent's constraint is the table's own only once it leaves the parent
            if (!isReachedColumnDrop(step)) {
                after(step, steps.on(c.table()), s -> s.change() instanceof DetachPartition
                        || s.change() instanceof Change.DropInherit);
            }
        } else if (change instanceof Change.DropIndex c) {
            if (!isReachedColumnDrop(step)) {
                after(step, steps.on(c.table()), s -> s.change() instanceof DetachPartition);
            }
        } else if (change instanceof Change.AddInherit c) {
            after(step, steps.on(c.table()), s -> s.change() instanceof CreateTable
                    || s.change() instanceof ColumnChange || s.change() instanceof Change.AddConstraint
                    || s.change() instanceof Change.DropConstraint || s.change() instanceof Change.DropInherit);
            after(step, steps.on(c.parent()), s -> s.change() instanceof CreateTable
                    || s.change() instanceof ColumnChange && !(s.change() instanceof DropColumn)
                    || s.change() instanceof Change.AddConstraint);
        } else if (change instanceof Change.CreateIndex c) {
            after(step, steps.on(c.table()), s -> s.change() instanceof AttachPartition);
            // a partition's own index comes after its parent's new ones, which would otherwise adopt it, and after
            // the parent's column changes, which reach the partition
            for (QualifiedName parent : desiredParents.getOrDefault(c.table(), List.of())) {
                after(step, steps.on(parent), s -> s.change() instanceof Change.CreateIndex
                        || s.change() instanceof ColumnChange);
            }
        }
    }

    /**
     * Whether a constraint or index of the table's own goes with a parent's column drop that reaches it: it goes
     * before that drop, still attached, which a partition that moves to other bounds leaves only after.
     */
    private boolean isReachedColumnDrop(Step step) {
        return ReachedColumnDrops.of(step, steps, current) != null;
    }

    /** A check a table attached to a new parent must have before (the parent's, see DetachedClones). */
    private static boolean isCheck(Constraint constraint) {
        return constraint.kind() == ConstraintKind.CHECK;
    }

    /** The current partitions of a table that are detached (for another parent) or dropped go before. */
    private void afterPartitionsLeave(Step step, QualifiedName parent) {
        for (QualifiedName partition : currentPartitions.getOrDefault(parent, List.of())) {
            if (step.change() instanceof ColumnChange && parent.equals(staysWith.get(partition))) {
                continue;
            }
            after(step, steps.on(partition),
                    s -> s.change() instanceof DetachPartition || s.change() instanceof DropTable);
        }
    }

    /** Whether a dropped table is neither partitioned nor a partition, and the partition does not reference it. */
    private static boolean isPlainAndApart(Step drop, Table partition) {
        Table table = ((DropTable) drop.change()).table();
        return table.properties().partitionKey() == null && table.properties().partitionOf() == null
                && partition.constraints().stream().noneMatch(k -> k.foreignKey() != null
                        && k.foreignKey().referencedTable().equals(table.name()));
    }

    private void after(Step step, List<Step> candidates, Predicate<Step> first) {
        for (Step s : candidates) {
            if (s != step && first.test(s)) {
                graph.order(s, step);
            }
        }
    }
}

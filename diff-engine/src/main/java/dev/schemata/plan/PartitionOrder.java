package dev.schemata.plan;

import dev.schemata.catalog.Catalog;
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
 * dropped before its old parent changes columns or is dropped.
 */
final class PartitionOrder {
    private final StepGraph graph;
    private final StepIndex steps;
    private final Map<QualifiedName, List<QualifiedName>> desiredParents = new HashMap<>();
    private final Map<QualifiedName, List<QualifiedName>> currentPartitions = new HashMap<>();

    private PartitionOrder(StepGraph graph, StepIndex steps, Catalog current, Catalog desired) {
        this.graph = graph;
        this.steps = steps;
        for (Table t : desired.tables()) {
            if (t.properties().partitionOf() != null) {
                desiredParents.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(t.properties().partitionOf());
            }
            // a child's own column steps come after its parents' (whose steps reach the child too)
            t.properties().inherits()
                    .forEach(p -> desiredParents.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(p));
        }
        for (Table t : current.tables()) {
            if (t.properties().partitionOf() != null) {
                currentPartitions.computeIfAbsent(t.properties().partitionOf(), k -> new ArrayList<>()).add(t.name());
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
            for (QualifiedName parent : desiredParents.getOrDefault(c.table(), List.of())) {
                after(step, steps.on(parent), s -> s.change() instanceof ColumnChange);
            }
            after(step, steps.on(c.table()), s -> s.change() instanceof DetachPartition
                    || s.change() instanceof Change.DropInherit);
            afterPartitionsLeave(step, c.table());
        } else if (change instanceof AttachPartition c) {
            after(step, steps.on(c.parent()), s -> s.change() instanceof CreateTable
                    || s.change() instanceof ColumnChange);
            after(step, steps.on(c.partition()), s -> s.change() instanceof CreateTable
                    || s.change() instanceof ColumnChange || s.change() instanceof DetachPartition
                    || s.change() instanceof Change.DropIndex);
        } else if (change instanceof DropTable c) {
            afterPartitionsLeave(step, c.table().name());
            after(step, steps.on(c.table().name()), s -> s.change() instanceof DetachPartition);
            after(step, steps.ofKind(Change.DropInherit.class),
                    s -> ((Change.DropInherit) s.change()).parent().equals(c.table().name()));
        } else if (change instanceof Change.DropConstraint c) {
            // a clone of the parent's constraint is the table's own only once it leaves the parent
            after(step, steps.on(c.table()), s -> s.change() instanceof DetachPartition
                    || s.change() instanceof Change.DropInherit);
        } else if (change instanceof Change.DropIndex c) {
            after(step, steps.on(c.table()), s -> s.change() instanceof DetachPartition);
        } else if (change instanceof Change.AddInherit c) {
            after(step, steps.on(c.table()), s -> s.change() instanceof CreateTable
                    || s.change() instanceof ColumnChange || s.change() instanceof Change.AddConstraint
                    || s.change() instanceof Change.DropConstraint || s.change() instanceof Change.DropInherit);
            after(step, steps.on(c.parent()), s -> s.change() instanceof CreateTable
                    || s.change() instanceof ColumnChange && !(s.change() instanceof DropColumn)
                    || s.change() instanceof Change.AddConstraint);
        } else if (change instanceof Change.CreateIndex c) {
            after(step, steps.on(c.table()), s -> s.change() instanceof AttachPartition);
        }
    }

    /** The current partitions of a table that are detached or dropped go before. */
    private void afterPartitionsLeave(Step step, QualifiedName parent) {
        for (QualifiedName partition : currentPartitions.getOrDefault(parent, List.of())) {
            after(step, steps.on(partition),
                    s -> s.change() instanceof DetachPartition || s.change() instanceof DropTable);
        }
    }

    private void after(Step step, List<Step> candidates, Predicate<Step> first) {
        for (Step s : candidates) {
            if (s != step && first.test(s)) {
                graph.order(s, step);
            }
        }
    }
}

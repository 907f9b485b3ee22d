package dev.schemata.plan;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.ColumnRef;
import dev.schemata.catalog.Constraint;
import dev.schemata.catalog.ConstraintKind;
import dev.schemata.catalog.Identifiers;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Table;
import dev.schemata.diff.Change;
import dev.schemata.diff.Change.AddConstraint;
import dev.schemata.diff.Change.CreateTable;
import dev.schemata.diff.Change.DropColumn;
import dev.schemata.diff.Change.DropConstraint;
import dev.schemata.diff.Change.DropIndex;
import dev.schemata.diff.Change.DropSequence;
import dev.schemata.diff.Change.DropTable;
import dev.schemata.diff.Change.RecreateEnum;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the diff's changes into graph steps, adding the statements PostgreSQL needs and leaving out
 * those it does by itself.
 */
final class Steps {
    private final List<Step> steps = new ArrayList<>();
    /** The current foreign keys by the table they reference; built on first use. */
    private Map<QualifiedName, List<ForeignKeyOf>> foreignKeysByReferencedTable;

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
        TypeRecreations recreations = new TypeRecreations(out::add, current, desired, changes);
        for (Change c : changes) {
            if (c instanceof DropSequence d && droppedColumns.contains(d.sequence().ownedBy())) {
                continue; // PostgreSQL drops an owned sequence with its column
            }
            if (c instanceof RecreateEnum r) {
                recreations.recreate(r);
                continue;
            }
            if (c instanceof Change.RecreateRange r) {
                recreations.recreate(r);
                continue;
            }
            if (c instanceof Change.DropDomain d && TypeRecreations.isSetAside(d.domain(), current, changes)) {
                continue; // set aside and dropped with its range type, after its columns are converted
            }
            if (c instanceof DropTable d && isReferencedPartition(d.table(), droppedTables, current)) {
                // the foreign keys to its parent hold on to the partition until it leaves the parent
                Step drop = out.add(c, null);
                out.add(new Change.DetachPartition(d.table().properties().partitionOf(), d.table().name()), drop);
                out.dropForeignKeysInCycles(d.table(), drop, cycleGroups);
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
        return List.copyOf(out.preparingColumnDrops(current));
    }

    /**
     * An index or key dropped because it uses a column the plan drops (on its table or on a parent the table
     * has the column from), to add it again or for good, only prepares that drop: it is withheld with it,
     * rather than leaving the column without it.
     */
    private List<Step> preparingColumnDrops(Catalog current) {
        Map<ColumnRef, Step> columnDrops = new LinkedHashMap<>();
        for (Step s : steps) {
            if (s.change() instanceof DropColumn d && s.partOf() == null) {
                columnDrops.put(new ColumnRef(d.table(), d.column()), s);
            }
        }
        if (columnDrops.isEmpty()) {
            return steps;
        }
        List<Step> out = new ArrayList<>();
        for (Step s : steps) {
            Step drop = s.partOf() == null ? columnDropUsed(s.change(), columnDrops, current) : null;
            out.add(drop == null ? s : new Step(s.id(), s.change(), drop));
        }
        return out;
    }

    private static Step columnDropUsed(Change change, Map<ColumnRef, Step> columnDrops, Catalog current) {
        QualifiedName table;
        String definition;
        if (change instanceof DropIndex d) {
            table = d.table();
            String index = d.index().definition();
            definition = index.substring(Math.max(0, index.indexOf(" USING "))); // its columns, not its names
        } else if (change instanceof DropConstraint d && d.constraint().foreignKey() == null) {
            table = d.table();
            definition = d.constraint().definition();
        } else {
            return null;
        }
        for (QualifiedName owner : current.withAncestors(table)) {
            for (Map.Entry<ColumnRef, Step> drop : columnDrops.entrySet()) {
                if (drop.getKey().table().equals(owner) && Identifiers.mentions(definition, drop.getKey().column())) {
                    return drop.getValue();
                }
            }
        }
        return null;
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

    /** Whether a dropped table is a partition whose parent stays and is referenced by a foreign key. */
    private static boolean isReferencedPartition(Table table, Map<QualifiedName, Table> droppedTables,
            Catalog current) {
        QualifiedName parent = table.properties().partitionOf();
        return parent != null && !droppedTables.containsKey(parent) && current.tables().stream()
                .flatMap(t -> t.constraints().stream())
                .anyMatch(k -> k.foreignKey() != null && k.foreignKey().referencedTable().equals(parent));
    }

    /**
     * A foreign key depends on the key or unique index it references: when that is dropped (to be recreated
     * or replaced), a foreign key that the diff keeps must be dropped before and added again after.
     */
    private void rebuildForeignKeysOn(QualifiedName table, List<String> keyColumns, List<Change> changes,
            Catalog current, Catalog desired) {
        for (ForeignKeyOf ref : foreignKeysTo(table, current)) {
            QualifiedName referencing = ref.table();
            Constraint fk = ref.foreignKey();
            if (fk.foreignKey().referencedColumns().equals(keyColumns) && !isDropped(referencing, fk, changes)) {
                desired.table(referencing).flatMap(t -> t.constraint(fk.name())).ifPresent(kept -> {
                    add(new DropConstraint(referencing, fk), null);
                    add(new AddConstraint(referencing, kept), null);
                });
            }
        }
    }

    /** A foreign key and the table it is on. */
    private record ForeignKeyOf(QualifiedName table, Constraint foreignKey) {}

    /**
     * The current foreign keys to the table, in catalog order. Indexed once, on first use: a scan of every
     * constraint for each dropped key made plans with many of them quadratic.
     */
    private List<ForeignKeyOf> foreignKeysTo(QualifiedName table, Catalog current) {
        if (foreignKeysByReferencedTable == null) {
            foreignKeysByReferencedTable = new HashMap<>();
            for (Table referencing : current.tables()) {
                for (Constraint c : referencing.constraints()) {
                    if (c.foreignKey() != null) {
                        foreignKeysByReferencedTable.computeIfAbsent(c.foreignKey().referencedTable(), k -> new ArrayList<>())
                                .add(new ForeignKeyOf(referencing.name(), c));
                    }
                }
            }
        }
        return foreignKeysByReferencedTable.getOrDefault(table, List.of());
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
            boolean self = table.name().equals(referenced);
            // a partitioned table's key to itself holds on to each of its partitions, which go first
            if (referenced != null && (self ? table.properties().partitionKey() != null
                    : cycleGroups.get(table.name()).equals(cycleGroups.get(referenced)))) {
                add(new DropConstraint(table.name(), c), drop);
            }
        }
    }
}

package dev.schemata.diff;

import dev.schemata.catalog.Identifiers;
import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Constraint;
import dev.schemata.catalog.Index;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Table;
import dev.schemata.diff.Change.CreateIndex;
import dev.schemata.diff.Change.DropColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * The own indexes and keys of partitions and inheriting tables, which the diff of each table alone misses:
 * <ul>
 *   <li>one on a column its parent drops and adds again goes with the column, and is made again after;
 *   <li>one that a new index of its partitioned parent would adopt (CREATE INDEX on a partitioned table takes
 *       a matching index of each partition as its part) while the desired schema keeps it the partition's own:
 *       it is dropped before and made again after, so that the parent builds a part of its own.
 * </ul>
 */
final class ChildIndexes {
    private ChildIndexes() {}

    static List<Change> apply(List<Change> changes, Catalog current, Catalog desired) {
        if (current.tables().stream().allMatch(t -> t.properties().partitionOf() == null
                && t.properties().inherits().isEmpty())) {
            return changes;
        }
        List<Change> out = new ArrayList<>(changes);
        for (Change c : changes) {
            if (c instanceof DropColumn d && desired.table(d.table()).flatMap(t -> t.column(d.column())).isPresent()) {
                for (Table child : staying(d.table(), current, desired)) {
                    rebuildUsing(child, d.column(), desired, out);
                }
            } else if (c instanceof CreateIndex i && current.table(i.table()).isPresent()) {
                for (Table partition : staying(i.table(), current, desired)) {
                    rebuildAdoptable(partition, i.index(), desired, out);
                }
            }
        }
        return out;
    }

    private static void rebuildUsing(Table child, String column, Catalog desired, List<Change> out) {
        Table wanted = desired.table(child.name()).orElseThrow();
        for (Index index : child.indexes()) {
            if (index.columns().contains(column) || Identifiers.mentions(index.definition(), column)) {
                rebuild(child, index, wanted, out);
            }
        }
        for (Constraint key : child.constraints()) {
            if ((key.columns().contains(column) || Identifiers.mentions(key.definition(), column))
                    && out.stream().noneMatch(c -> c instanceof Change.DropConstraint d
                            && d.table().equals(child.name()) && d.constraint().name().equals(key.name()))) {
                out.add(new Change.DropConstraint(child.name(), key));
                wanted.constraint(key.name()).ifPresent(k -> TableDiff.addConstraint(child.name(), k, out));
            }
        }
    }

    private static void rebuildAdoptable(Table partition, Index parentIndex, Catalog desired, List<Change> out) {
        Table wanted = desired.table(partition.name()).orElseThrow();
        for (Index own : partition.indexes()) {
            if (own.unique() == parentIndex.unique() && shape(own).equals(shape(parentIndex))
                    && wanted.indexes().stream().anyMatch(i -> i.name().equals(own.name()))) {
                rebuild(partition, own, wanted, out);
            }
        }
    }

    /** Drops the index, unless the diff does already, and makes the desired one of that name after. */
    private static void rebuild(Table table, Index index, Table wanted, List<Change> out) {
        boolean dropped = out.stream().anyMatch(c -> c instanceof Change.DropIndex d
                && d.table().equals(table.name()) && d.index().name().equals(index.name()));
        if (!dropped) {
            out.add(new Change.DropIndex(table.name(), index));
            wanted.indexes().stream().filter(i -> i.name().equals(index.name())).findFirst()
                    .ifPresent(i -> TableDiff.addIndex(table.name(), i, out));
        }
    }

    /** An index's definition from its access method on: what a partition's index and its parent's share. */
    private static String shape(Index index) {
        String definition = index.definition();
        int using = definition.indexOf(" USING ");
        return using < 0 ? definition : definition.substring(using);
    }

    /** The tables that are partitions or children of the table, at any depth, on both sides. */
    private static List<Table> staying(QualifiedName parent, Catalog current, Catalog desired) {
        List<Table> found = new ArrayList<>();
        for (Table t : current.tables()) {
            Table wanted = desired.table(t.name()).orElse(null);
            if (wanted != null && isChild(t, parent) && isChild(wanted, parent)) {
                found.add(t);
                found.addAll(staying(t.name(), current, desired));
            }
        }
        return found;
    }

    private static boolean isChild(Table table, QualifiedName parent) {
        return parent.equals(table.properties().partitionOf()) || table.properties().inherits().contains(parent);
    }
}

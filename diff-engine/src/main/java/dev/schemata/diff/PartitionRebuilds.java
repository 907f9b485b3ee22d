package dev.schemata.diff;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Table;
import dev.schemata.diff.Change.DropTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A partitioned table that is dropped takes its partitions with it. Those the desired catalog still has
 * as partitions are dropped first and created again after the new parent (a partition that becomes a table
 * of its own is detached instead, which the table diff does).
 */
final class PartitionRebuilds {
    private PartitionRebuilds() {}

    static List<Change> apply(List<Change> changes, Catalog current, Catalog desired) {
        Set<QualifiedName> dropped = new HashSet<>();
        changes.stream().filter(c -> c instanceof DropTable)
                .forEach(c -> dropped.add(((DropTable) c).table().name()));
        Set<QualifiedName> rebuilt = new LinkedHashSet<>();
        boolean more = true;
        while (more) {
            more = false;
            for (Table partition : current.tables()) {
                QualifiedName parent = partition.properties().partitionOf();
                if (parent != null && dropped.contains(parent) && !dropped.contains(partition.name())
                        && desired.table(partition.name()).map(PartitionDiff::isPartition).orElse(false)) {
                    dropped.add(partition.name());
                    rebuilt.add(partition.name());
                    more = true;
                }
            }
        }
        if (rebuilt.isEmpty()) {
            return changes;
        }
        List<Change> out = new ArrayList<>();
        changes.stream().filter(c -> !rebuilt.contains(Subjects.of(c))).forEach(out::add);
        for (QualifiedName name : rebuilt) {
            out.add(new DropTable(current.table(name).orElseThrow()));
            Table table = desired.table(name).orElseThrow();
            TableDiff.create(table, desired.table(table.properties().partitionOf()).orElse(null), out);
        }
        return out;
    }
}

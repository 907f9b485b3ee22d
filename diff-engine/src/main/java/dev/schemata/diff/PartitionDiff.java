package dev.schemata.diff;

import dev.schemata.catalog.Column;
import dev.schemata.catalog.Index;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Table;
import dev.schemata.catalog.TableProperties;
import dev.schemata.diff.Change.AttachPartition;
import dev.schemata.diff.Change.DetachPartition;
import dev.schemata.diff.CommentTarget.Kind;
import java.util.List;
import java.util.Objects;

/**
 * Partitions take their columns from their parent: PostgreSQL refuses to add, drop or retype a partition's
 * column, and does it on the partitions when it is done on the parent. Only what a partition may hold on its
 * own (defaults, NOT NULL, comments) is compared per partition.
 */
final class PartitionDiff {
    private PartitionDiff() {}

    static boolean isPartition(Table table) {
        return table.properties().partitionOf() != null;
    }

    /** The column settings a new partition has beyond what {@code PARTITION OF} gives it from the parent. */
    static void created(Table partition, Table parent, List<Change> out) {
        for (Column c : partition.columns()) {
            Column inherited = parent == null ? null : parent.column(c.name()).orElse(null);
            Column from = inherited == null ? c : inheritedSettings(c, inherited);
            ownSettings(partition.name(), from, c, out);
        }
    }

    /**
     * A partition on both sides: its own column settings, then moved when the parent or bound changed. Its
     * storage follows the parent's (SET STORAGE reaches the partitions), its compression does not: PostgreSQL
     * sets that on the partitioned table alone, while a partition created later takes the parent's.
     */
    static void compareColumns(Table from, Table to, List<Change> out) {
        for (Column c : to.columns()) {
            if (from.column(c.name()).isEmpty() && c.compression() != null) { // added on the parent
                out.add(new Change.SetColumnCompression(to.name(), c.name(), c.compression()));
            }
            from.column(c.name()).ifPresent(before -> {
                ownSettings(to.name(), before, c, out);
                if (!Objects.equals(before.compression(), c.compression())) {
                    out.add(new Change.SetColumnCompression(to.name(), c.name(), c.compression()));
                }
            });
        }
    }

    /**
     * The partition as it must be before ATTACH PARTITION: PostgreSQL refuses a table with an identity column
     * there, and gives the partition its parent's identities when it attaches (from version 17).
     */
    static Table withoutParentIdentities(Table partition, Table parent) {
        if (parent == null) {
            return partition;
        }
        List<Column> columns = partition.columns().stream()
                .map(c -> c.identity() != null && parent.column(c.name()).map(p -> p.identity() != null).orElse(false)
                        ? c.withIdentity(null) : c)
                .toList();
        return new Table(partition.name(), columns, partition.constraints(), partition.indexes(), partition.comment(),
                partition.properties());
    }

    /** Detach before and attach after whenever the parent or bound changes. */
    static void move(Table from, Table to, Table parent, List<Change> out, Runnable compare) {
        TableProperties a = from.properties();
        TableProperties b = to.properties();
        boolean moves = !Objects.equals(a.partitionOf(), b.partitionOf())
                || !Objects.equals(a.partitionBound(), b.partitionBound());
        if (moves && a.partitionOf() != null) {
            out.add(new DetachPartition(a.partitionOf(), from.name()));
        }
        List<Index> absorbed = moves && b.partitionOf() != null ? absorbed(from, to, parent) : List.of();
        absorbed.forEach(i -> out.add(new Change.DropIndex(from.name(), i)));
        compare.run();
        if (moves && b.partitionOf() != null) {
            out.add(new AttachPartition(b.partitionOf(), to.name(), b.partitionBound()));
        }
        absorbed.forEach(i -> out.add(new Change.CreateIndex(to.name(), i)));
    }

    /**
     * ATTACH PARTITION makes an index of the table that matches one of the parent's a part of it, and it is no
     * longer the table's own. One the desired table keeps as its own is set aside before and built after.
     */
    private static List<Index> absorbed(Table from, Table to, Table parent) {
        if (parent == null) {
            return List.of();
        }
        return from.indexes().stream()
                .filter(i -> to.index(i.name()).map(k -> k.definition().equals(i.definition())).orElse(false))
                .filter(i -> parent.indexes().stream().anyMatch(p -> p.unique() == i.unique()
                        && p.columns().equals(i.columns()) && Objects.equals(p.method(), i.method())
                        && Objects.equals(p.predicate(), i.predicate())))
                .toList();
    }

    private static Column inheritedSettings(Column own, Column inherited) {
        return new Column(own.name(), own.type(), inherited.notNull(), inherited.defaultExpression(),
                own.identity(), own.generatedExpression(), own.collation(), null);
    }

    private static void ownSettings(QualifiedName table, Column from, Column to, List<Change> out) {
        if (to.identity() == null && to.generatedExpression() == null
                && !Objects.equals(from.defaultExpression(), to.defaultExpression())) {
            out.add(to.defaultExpression() == null ? new Change.DropDefault(table, to.name())
                    : new Change.SetDefault(table, to.name(), to.defaultExpression()));
        }
        if (from.notNull() != to.notNull()) {
            out.add(to.notNull() ? new Change.SetNotNull(table, to.name()) : new Change.DropNotNull(table, to.name()));
        }
        Comments.compare(CommentTarget.member(Kind.COLUMN, table, to.name()), from.comment(), to.comment(), out);
    }
}

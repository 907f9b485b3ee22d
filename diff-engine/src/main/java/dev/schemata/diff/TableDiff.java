package dev.schemata.diff;

import dev.schemata.catalog.Identifiers;
import dev.schemata.catalog.Column;
import dev.schemata.catalog.Constraint;
import dev.schemata.catalog.Index;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Table;
import dev.schemata.diff.Change.AddConstraint;
import dev.schemata.diff.Change.CreateIndex;
import dev.schemata.diff.Change.DropConstraint;
import dev.schemata.diff.Change.DropIndex;
import dev.schemata.diff.CommentTarget.Kind;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The changes of one table: new, or existing on both sides. Column order is not compared. */
final class TableDiff {
    private TableDiff() {}

    /** @param parent for a partition, its parent as desired; else null */
    static void create(Table table, Table parent, List<Change> out) {
        out.add(new Change.CreateTable(table));
        table.indexes().forEach(i -> out.add(new CreateIndex(table.name(), i)));
        PolicyDiff.created(table, out);
        TablePropertiesDiff.created(table, out);
        Comments.added(CommentTarget.of(kind(table), table.name()), table.comment(), out);
        if (PartitionDiff.isPartition(table)) {
            PartitionDiff.created(table, parent, out);
            if (table.properties().isForeign()) {
                ForeignDiff.createdPartition(table, out);
            }
        } else {
            for (Column c : table.columns()) {
                Comments.added(CommentTarget.member(Kind.COLUMN, table.name(), c.name()), c.comment(), out);
            }
        }
        table.columns().forEach(c -> ColumnDiff.storage(table.name(), null, c, false, out));
        for (Constraint c : table.constraints()) {
            Comments.added(CommentTarget.member(Kind.CONSTRAINT, table.name(), c.name()), c.comment(), out);
        }
        for (Index i : table.indexes()) {
            Comments.added(CommentTarget.member(Kind.INDEX, table.name(), i.name()), i.comment(), out);
        }
    }

    /**
     * A table on both sides; one that changes its partition key, becomes or stops being a foreign table, or
     * moves to another foreign server is dropped and created again.
     */
    static void compare(Table from, Table to, Table parent, List<Change> out) {
        if (!Objects.equals(from.properties().partitionKey(), to.properties().partitionKey())
                || !Objects.equals(server(from), server(to))) {
            out.add(new Change.DropTable(from));
            create(to, parent, out);
            return;
        }
        boolean changesParent = PartitionDiff.isPartition(to)
                && !to.properties().partitionOf().equals(from.properties().partitionOf());
        Table attached = changesParent ? PartitionDiff.withoutParentIdentities(to, parent) : to;
        PartitionDiff.move(from, to, parent, out, () -> compareParts(from, attached, out));
    }

    /**
     * A partition that stays with its parent has the parent's columns; one that moves to another parent is a
     * table of its own between DETACH and ATTACH, and is given the new parent's columns there.
     */
    private static void compareParts(Table from, Table to, List<Change> out) {
        QualifiedName name = to.name();
        Set<String> recreated = new HashSet<>();
        if (PartitionDiff.isPartition(from) && PartitionDiff.isPartition(to)
                && from.properties().partitionOf().equals(to.properties().partitionOf())) {
            PartitionDiff.compareColumns(from, to, out);
        } else {
            Matching.match(from.columns(), to.columns(), Column::name,
                    c -> addColumn(name, c, out), c -> out.add(new Change.DropColumn(name, c)),
                    (a, b) -> {
                        int before = out.size();
                        ColumnDiff.compare(name, a, b, out);
                        if (out.subList(before, out.size()).stream().anyMatch(c -> c instanceof Change.DropColumn)) {
                            recreated.add(a.name());
                        }
                    });
        }
        // a column dropped and added again takes its keys and indexes along: they are made again after
        Matching.match(from.constraints(), to.constraints(), Constraint::name,
                c -> addConstraint(name, c, out), c -> out.add(new DropConstraint(name, c)),
                (a, b) -> {
                    if (usesAny(a.columns(), a.definition(), recreated)) {
                        out.add(new DropConstraint(name, a));
                        addConstraint(name, b, out);
                    } else {
                        compareConstraints(name, a, b, out);
                    }
                });
        Matching.match(from.indexes(), to.indexes(), Index::name,
                i -> addIndex(name, i, out), i -> {
                    if (!isAbsorbed(i, to)) {
                        out.add(new DropIndex(name, i));
                    }
                },
                (a, b) -> {
                    if (usesAny(a.columns(), a.definition(), recreated)) {
                        out.add(new DropIndex(name, a));
                        addIndex(name, b, out);
                    } else {
                        compareIndexes(name, a, b, out);
                    }
                });
        PolicyDiff.compareSwitches(from, to, out);
        TablePropertiesDiff.compare(from, to, out);
        if (to.properties().isForeign()) {
            ForeignDiff.compareTableOptions(from, to, out);
        }
        Comments.compare(CommentTarget.of(kind(to), name), from.comment(), to.comment(), out);
    }

    /** {@code COMMENT ON TABLE} does not take a foreign table. */
    static Kind kind(Table table) {
        return table.properties().isForeign() ? Kind.FOREIGN_TABLE : Kind.TABLE;
    }

    private static String server(Table table) {
        return table.properties().isForeign() ? table.properties().foreign().server() : null;
    }

    static void addColumn(QualifiedName table, Column column, List<Change> out) {
        out.add(new Change.AddColumn(table, column));
        ColumnDiff.storage(table, null, column, false, out);
        Comments.added(CommentTarget.member(Kind.COLUMN, table, column.name()), column.comment(), out);
    }

    static void addConstraint(QualifiedName table, Constraint constraint, List<Change> out) {
        out.add(new AddConstraint(table, constraint));
        Comments.added(CommentTarget.member(Kind.CONSTRAINT, table, constraint.name()), constraint.comment(), out);
    }

    /** A constraint cannot be altered in place: any other definition means drop and add. */
    private static void compareConstraints(QualifiedName table, Constraint from, Constraint to, List<Change> out) {
        if (!from.validated() && to.validated() && from.definition().equals(to.definition() + " NOT VALID")
                && from.kind() == to.kind() && from.deferrable() == to.deferrable()
                && from.initiallyDeferred() == to.initiallyDeferred()) {
            out.add(new Change.ValidateConstraint(table, to));
            CommentTarget target = CommentTarget.member(Kind.CONSTRAINT, table, to.name());
            Comments.compare(target, from.comment(), to.comment(), out);
        } else if (sameDefinition(from, to)) {
            CommentTarget target = CommentTarget.member(Kind.CONSTRAINT, table, to.name());
            Comments.compare(target, from.comment(), to.comment(), out);
        } else {
            out.add(new DropConstraint(table, from));
            addConstraint(table, to, out);
        }
    }

    /**
     * Whether an index of a partition becomes a part of its parent's new index, as desired: the parent's
     * CREATE INDEX takes it (the first that matches, as when the desired schema was loaded) instead of
     * building one.
     */
    private static boolean isAbsorbed(Index index, Table to) {
        return index.definition().equals(to.properties().attachedIndexes().get(index.name()));
    }

    /** Whether a key or index names one of the columns, or mentions it in an expression. */
    private static boolean usesAny(List<String> columns, String definition, Set<String> names) {
        return names.stream().anyMatch(n -> columns.contains(n) || Identifiers.mentions(definition, n));
    }

    private static boolean sameDefinition(Constraint a, Constraint b) {
        return a.kind() == b.kind() && a.definition().equals(b.definition()) && a.deferrable() == b.deferrable()
                && a.initiallyDeferred() == b.initiallyDeferred() && a.validated() == b.validated();
    }

    static void addIndex(QualifiedName table, Index index, List<Change> out) {
        out.add(new CreateIndex(table, index));
        Comments.added(CommentTarget.member(Kind.INDEX, table, index.name()), index.comment(), out);
    }

    /** An index left INVALID by an interrupted concurrent build is dropped and built again. */
    private static void compareIndexes(QualifiedName table, Index from, Index to, List<Change> out) {
        if (from.definition().equals(to.definition()) && (from.valid() || !to.valid())) {
            Comments.compare(CommentTarget.member(Kind.INDEX, table, to.name()), from.comment(), to.comment(), out);
        } else {
            out.add(new DropIndex(table, from));
            addIndex(table, to, out);
        }
    }
}

package dev.schemata.diff;

import dev.schemata.catalog.Column;
import dev.schemata.catalog.Identity;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.SequenceOptions;
import dev.schemata.diff.Change.AddIdentity;
import dev.schemata.diff.Change.AlterIdentity;
import dev.schemata.diff.Change.DropDefault;
import dev.schemata.diff.Change.DropIdentity;
import dev.schemata.diff.Change.SetDefault;
import dev.schemata.diff.CommentTarget.Kind;
import java.util.List;
import java.util.Objects;

/** The changes of a column that exists on both sides. */
final class ColumnDiff {
    private ColumnDiff() {}

    static void compare(QualifiedName table, Column from, Column to, List<Change> out) {
        if (!Objects.equals(from.generatedExpression(), to.generatedExpression())) {
            // a stored generated column cannot change its expression in place (before PostgreSQL 17)
            out.add(new Change.DropColumn(table, from));
            TableDiff.addColumn(table, to, out);
            return;
        }
        boolean typeChanges = !from.type().equals(to.type()) || !Objects.equals(from.collation(), to.collation());
        boolean defaultChanges = !Objects.equals(from.defaultExpression(), to.defaultExpression());
        if (typeChanges && defaultChanges && from.defaultExpression() != null) {
            // the old default may not cast to the new type: it goes first, the new one comes after
            out.add(new DropDefault(table, to.name()));
        }
        if (typeChanges) {
            out.add(new Change.ChangeColumnType(table, from, to));
        }
        identity(table, from, to, out);
        if (defaultChanges) {
            if (to.defaultExpression() != null) {
                out.add(new SetDefault(table, to.name(), to.defaultExpression()));
            } else if (!typeChanges) {
                out.add(new DropDefault(table, to.name()));
            }
        }
        storage(table, from, to, typeChanges, out);
        if (from.notNull() != to.notNull()) {
            out.add(to.notNull() ? new Change.SetNotNull(table, to.name()) : new Change.DropNotNull(table, to.name()));
        }
        Comments.compare(CommentTarget.member(Kind.COLUMN, table, to.name()), from.comment(), to.comment(), out);
    }

    /** Storage and compression apply to values written later: both change in place, no data moves. */
    static void storage(QualifiedName table, Column from, Column to, boolean typeChanges, List<Change> out) {
        // a new type brings its own storage: a setting of the column is made again
        String fromStorage = from == null || typeChanges || from.storage() == null ? null : from.storage().setting();
        String toStorage = to.storage() == null ? null : to.storage().setting();
        if (!Objects.equals(fromStorage, toStorage)) {
            out.add(new Change.SetColumnStorage(table, to.name(), toStorage != null ? toStorage
                    : from.storage().typeDefault()));
        }
        // ALTER COLUMN ... TYPE clears the compression too, even for a new collation or length alone: a setting
        // of the column is made again (property seeds 321, 431)
        String fromCompression = from == null || typeChanges ? null : from.compression();
        if (!Objects.equals(fromCompression, to.compression())) {
            out.add(new Change.SetColumnCompression(table, to.name(), to.compression()));
        }
    }

    private static void identity(QualifiedName table, Column from, Column to, List<Change> out) {
        if (from.identity() == null && to.identity() != null) {
            out.add(new AddIdentity(table, to.name(), to.identity()));
        } else if (from.identity() != null && to.identity() == null) {
            out.add(new DropIdentity(table, to.name()));
        } else if (from.identity() != null && !sameIgnoringType(from.identity(), to.identity())) {
            out.add(new AlterIdentity(table, to.name(), from.identity(), to.identity()));
        }
    }

    /** An identity sequence always has its column's type, and follows it when the column type changes. */
    private static boolean sameIgnoringType(Identity a, Identity b) {
        SequenceOptions o = b.options();
        SequenceOptions bAsA = new SequenceOptions(a.options().dataType(), o.start(), o.increment(), o.minValue(),
                o.maxValue(), o.cache(), o.cycle());
        return a.generation() == b.generation() && a.options().equals(bAsA);
    }
}

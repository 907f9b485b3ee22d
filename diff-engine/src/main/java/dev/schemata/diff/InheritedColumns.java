package dev.schemata.diff;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Column;
import dev.schemata.catalog.ColumnRef;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Table;
import dev.schemata.diff.Change.AddColumn;
import dev.schemata.diff.Change.ChangeColumnType;
import dev.schemata.diff.Change.DropColumn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Columns a table inherits (INHERITS) follow their parent: PostgreSQL adds, drops and retypes them on the
 * children when it does so on the parent. The child's own changes of such columns are left out, and a
 * column the parent drops but the child keeps is added back to the child afterwards.
 */
final class InheritedColumns {
    private InheritedColumns() {}

    static List<Change> apply(List<Change> changes, Catalog current, Catalog desired) {
        if (current.tables().stream().allMatch(t -> t.properties().inherits().isEmpty())
                && desired.tables().stream().allMatch(t -> t.properties().inherits().isEmpty())) {
            return changes;
        }
        Set<ColumnRef> recreated = recreatedColumns(changes, desired);
        List<Change> out = new ArrayList<>();
        for (Change c : changes) {
            if (!followsParent(c, current, desired) && !followsRecreated(c, recreated, current, desired)) {
                addInSteps(c, desired, out);
            }
        }
        for (Table child : desired.tables()) {
            Table before = current.table(child.name()).orElse(null);
            if (before == null || before.properties().inherits().isEmpty()) {
                continue;
            }
            for (Column column : child.columns()) {
                boolean inheritedBefore = inParent(before, current, column.name());
                boolean inheritedAfter = inParent(child, desired, column.name());
                if (inheritedBefore && !inheritedAfter && before.column(column.name()).isPresent()
                        && parentDrops(before, column.name(), current, desired)) {
                    TableDiff.addColumn(child.name(), column, out); // the parent's drop takes it along
                }
            }
        }
        return out;
    }

    /**
     * PostgreSQL refuses to add an identity column to a table others inherit from ("cannot recursively add
     * identity column"), but takes the column and its identity in two steps: the column NOT NULL, which the
     * children inherit, then the identity, which stays the parent's own, as when the tables are created so.
     */
    private static void addInSteps(Change change, Catalog desired, List<Change> out) {
        if (change instanceof AddColumn a && a.definition().identity() != null && hasChildren(a.table(), desired)) {
            out.add(new AddColumn(a.table(), a.definition().withIdentity(null)));
            out.add(new Change.AddIdentity(a.table(), a.definition().name(), a.definition().identity()));
        } else {
            out.add(change);
        }
    }

    private static boolean hasChildren(QualifiedName table, Catalog desired) {
        return desired.tables().stream().anyMatch(t -> t.properties().inherits().contains(table));
    }

    /** The columns dropped and added again (a new generation expression) on tables that stay. */
    private static Set<ColumnRef> recreatedColumns(List<Change> changes, Catalog desired) {
        Set<ColumnRef> recreated = new HashSet<>();
        for (Change c : changes) {
            if (c instanceof DropColumn d && desired.table(d.table()).flatMap(t -> t.column(d.column())).isPresent()) {
                recreated.add(new ColumnRef(d.table(), d.column()));
            }
        }
        return recreated;
    }

    /** Whether the change drops or adds a child's column that a parent it keeps drops and adds again. */
    private static boolean followsRecreated(Change change, Set<ColumnRef> recreated, Catalog current,
            Catalog desired) {
        if (!(change instanceof DropColumn || change instanceof AddColumn) || recreated.isEmpty()) {
            return false;
        }
        Change.ColumnChange c = (Change.ColumnChange) change;
        List<QualifiedName> before = current.table(c.table()).map(t -> t.properties().inherits()).orElse(List.of());
        List<QualifiedName> after = desired.table(c.table()).map(t -> t.properties().inherits()).orElse(List.of());
        return before.stream().filter(after::contains)
                .anyMatch(p -> recreated.contains(new ColumnRef(p, c.column())));
    }

    private static boolean followsParent(Change change, Catalog current, Catalog desired) {
        if (change instanceof AddColumn a) {
            return gains(a.table(), a.column(), current, desired);
        }
        if (change instanceof DropColumn d) {
            return current.table(d.table()).map(t -> parentDrops(t, d.column(), current, desired)).orElse(false);
        }
        if (change instanceof ChangeColumnType t) {
            return desired.table(t.table()).map(c -> inParent(c, desired, t.column())).orElse(false)
                    && current.table(t.table()).map(c -> inParent(c, current, t.column())).orElse(false);
        }
        return false;
    }

    /**
     * Whether a parent the table inherits from already gains the column, which then reaches the table. A table
     * that becomes a parent's child must have the parent's columns before: it adds them itself.
     */
    private static boolean gains(QualifiedName table, String column, Catalog current, Catalog desired) {
        Table child = desired.table(table).orElse(null);
        Table before = current.table(table).orElse(null);
        if (child == null || before == null) {
            return false;
        }
        return parents(child, desired).stream().anyMatch(p -> p.column(column).isPresent()
                && before.properties().inherits().contains(p.name())
                && current.table(p.name()).map(old -> old.column(column).isEmpty()).orElse(true));
    }

    /**
     * Whether a current parent of the table drops the column while the table stays its child (a parent the
     * table leaves, or that is dropped, leaves the column on the table: it is left first).
     */
    private static boolean parentDrops(Table table, String column, Catalog current, Catalog desired) {
        List<QualifiedName> kept = desired.table(table.name()).map(t -> t.properties().inherits()).orElse(List.of());
        return parents(table, current).stream().anyMatch(p -> p.column(column).isPresent() && kept.contains(p.name())
                && desired.table(p.name()).map(k -> k.column(column).isEmpty()).orElse(false));
    }

    private static boolean inParent(Table table, Catalog catalog, String column) {
        return parents(table, catalog).stream().anyMatch(p -> p.column(column).isPresent());
    }

    private static List<Table> parents(Table table, Catalog catalog) {
        Function<QualifiedName, Table> find = n -> catalog.table(n).orElse(null);
        return table.properties().inherits().stream().map(find).filter(java.util.Objects::nonNull).toList();
    }
}

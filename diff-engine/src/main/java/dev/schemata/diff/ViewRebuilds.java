package dev.schemata.diff;

import dev.schemata.catalog.Identifiers;
import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.ObjectId;
import dev.schemata.catalog.ObjectKind;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.View;
import dev.schemata.diff.Change.DropTable;
import dev.schemata.diff.Change.DropView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A view that stays can still stand in the way: PostgreSQL refuses to drop or retype what a view uses. Such
 * views are dropped before and created again after, with every view that uses them in turn. The catalog
 * tracks which tables a view uses, not which columns: a view counts as using a changed column when its
 * query mentions the column's name.
 */
final class ViewRebuilds {
    private final Catalog current;
    private final Set<ObjectId> gone = new HashSet<>();
    private final ChangedColumns changedColumns;

    private ViewRebuilds(Catalog current) {
        this.current = current;
        this.changedColumns = new ChangedColumns(current);
    }

    static List<Change> apply(List<Change> changes, Catalog current, Catalog desired) {
        ViewRebuilds rebuilds = new ViewRebuilds(current);
        changes.forEach(rebuilds::note);
        Set<QualifiedName> rebuilt = rebuilds.viewsInTheWay();
        if (rebuilt.isEmpty()) {
            return changes;
        }
        List<Change> out = new ArrayList<>();
        for (Change c : changes) {
            if (!rebuilt.contains(Subjects.of(c))) {
                out.add(c);
            }
        }
        for (QualifiedName name : rebuilt) {
            out.add(new DropView(current.view(name).orElseThrow()));
            desired.view(name).ifPresent(v -> ViewDiff.create(v, out));
        }
        return out;
    }

    private void note(Change change) {
        changedColumns.note(change);
        if (change instanceof DropTable d) {
            gone.add(ObjectId.of(ObjectKind.TABLE, d.table().name()));
        } else if (change instanceof DropView d) {
            gone.add(viewId(d.view()));
        } else if (change instanceof Change.DropRoutine d) {
            gone.add(ObjectId.of(d.routine()));
        } else if (change instanceof Change.RecreateEnum r) {
            gone.add(ObjectId.of(ObjectKind.ENUM, r.from().name())); // a view that names the type names the old one
        } else if (change instanceof Change.RecreateRange r) {
            gone.add(ObjectId.of(ObjectKind.RANGE_TYPE, r.from().name()));
        } else if (Change.droppedOperatorOrTextSearch(change) != null) {
            gone.add(Change.droppedOperatorOrTextSearch(change));
        }
    }

    /** The views that stay but must be rebuilt, in name order; found until nothing more is in the way. */
    private Set<QualifiedName> viewsInTheWay() {
        Set<QualifiedName> found = new LinkedHashSet<>();
        boolean more = true;
        while (more) {
            more = false;
            for (View view : current.views()) {
                ObjectId id = viewId(view);
                if (!gone.contains(id) && isInTheWay(view, id)) {
                    gone.add(id);
                    found.add(view.name());
                    more = true;
                }
            }
        }
        return found;
    }

    private boolean isInTheWay(View view, ObjectId id) {
        for (ObjectId used : current.dependenciesOf(id)) {
            if (gone.contains(used)) {
                return true;
            }
            Set<String> columns = used.kind() == ObjectKind.TABLE ? changedColumns.of(used.name()) : Set.of();
            if (columns.stream().anyMatch(c -> Identifiers.mentions(view.definition(), c))) {
                return true;
            }
        }
        return false;
    }

    static ObjectId viewId(View view) {
        return ObjectId.of(view.materialized() ? ObjectKind.MATERIALIZED_VIEW : ObjectKind.VIEW, view.name());
    }

}

package dev.schemata.diff;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.ColumnRef;
import dev.schemata.catalog.Constraint;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Sequence;
import dev.schemata.catalog.Table;
import dev.schemata.diff.Change.AddConstraint;
import dev.schemata.diff.Change.DropConstraint;
import dev.schemata.diff.Change.DropTable;
import dev.schemata.diff.Change.SetSequenceOwner;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A table that is dropped and created again (a new partition key) would take along what the desired catalog
 * keeps: the sequences its columns own are released before the drop and owned again after, and foreign
 * keys of kept tables that reference it are dropped before and added again after. A column dropped and added
 * again (a new generation expression) releases and owns again its sequences the same way.
 */
final class RecreatedTables {
    private RecreatedTables() {}

    static List<Change> apply(List<Change> changes, Catalog current, Catalog desired) {
        Set<QualifiedName> recreated = new HashSet<>();
        Set<QualifiedName> dropped = new HashSet<>();
        for (Change c : changes) {
            if (c instanceof DropTable d) {
                dropped.add(d.table().name());
                if (desired.table(d.table().name()).isPresent()) {
                    recreated.add(d.table().name());
                }
            }
        }
        Set<ColumnRef> recreatedColumns = new HashSet<>();
        for (Change c : changes) {
            if (c instanceof Change.DropColumn d && !dropped.contains(d.table())
                    && desired.table(d.table()).flatMap(t -> t.column(d.column())).isPresent()) {
                recreatedColumns.add(new ColumnRef(d.table(), d.column())); // a new generation expression
            }
        }
        if (recreated.isEmpty() && recreatedColumns.isEmpty()) {
            return changes;
        }
        List<Change> out = new ArrayList<>(changes);
        for (Sequence s : current.sequences()) {
            Sequence kept = desired.sequence(s.name()).orElse(null);
            if (kept != null && s.ownedBy() != null && (recreated.contains(s.ownedBy().table())
                    || recreatedColumns.contains(s.ownedBy()))) {
                out.removeIf(c -> c instanceof SetSequenceOwner o && o.sequence().equals(s.name()));
                out.add(new SetSequenceOwner(s.name(), s.ownedBy(), null));
                if (kept.ownedBy() != null) {
                    out.add(new SetSequenceOwner(s.name(), null, kept.ownedBy()));
                }
            }
        }
        for (Table t : current.tables()) {
            if (dropped.contains(t.name())) {
                continue;
            }
            for (Constraint fk : t.constraints()) {
                if (fk.foreignKey() != null && recreated.contains(fk.foreignKey().referencedTable())
                        && !isDropped(t.name(), fk, out)) {
                    out.add(new DropConstraint(t.name(), fk));
                    desired.table(t.name()).flatMap(d -> d.constraint(fk.name()))
                            .ifPresent(k -> out.add(new AddConstraint(t.name(), k)));
                }
            }
        }
        return out;
    }

    private static boolean isDropped(QualifiedName table, Constraint constraint, List<Change> changes) {
        return changes.stream().anyMatch(c -> c instanceof DropConstraint d && d.table().equals(table)
                && d.constraint().name().equals(constraint.name()));
    }
}

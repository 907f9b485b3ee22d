package dev.schemata.diff;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Table;
import dev.schemata.catalog.UserMapping;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A foreign server that is dropped and created again (another type or wrapper) takes its user mappings and
 * foreign tables with it: those the desired catalog keeps are dropped first and created again after it.
 */
final class ForeignRebuilds {
    private ForeignRebuilds() {}

    static List<Change> apply(List<Change> changes, Catalog current, Catalog desired) {
        Set<String> recreated = new HashSet<>();
        changes.stream().filter(c -> c instanceof Change.DropServer d && desired.foreignServer(d.server().name())
                .isPresent()).forEach(c -> recreated.add(((Change.DropServer) c).server().name()));
        if (recreated.isEmpty()) {
            return changes;
        }
        List<Change> out = new ArrayList<>(changes);
        for (UserMapping m : current.userMappings()) {
            if (recreated.contains(m.server())) {
                out.removeIf(c -> c instanceof Change.AlterUserMapping a && a.from().equals(m));
                out.add(new Change.DropUserMapping(m));
                desired.userMappings().stream()
                        .filter(d -> d.server().equals(m.server()) && Objects.equals(d.user(), m.user()))
                        .forEach(d -> out.add(new Change.CreateUserMapping(d)));
            }
        }
        Set<QualifiedName> rebuilt = new HashSet<>();
        for (Table t : current.tables()) {
            if (t.properties().isForeign() && recreated.contains(t.properties().foreign().server())
                    && out.stream().noneMatch(c -> c instanceof Change.DropTable d && d.table().name().equals(t.name()))
                    && desired.table(t.name()).isPresent()) {
                rebuilt.add(t.name());
            }
        }
        out.removeIf(c -> rebuilt.contains(Subjects.of(c)));
        for (QualifiedName name : rebuilt) {
            out.add(new Change.DropTable(current.table(name).orElseThrow()));
            Table table = desired.table(name).orElseThrow();
            QualifiedName parent = table.properties().partitionOf();
            TableDiff.create(table, parent == null ? null : desired.table(parent).orElse(null), out);
        }
        return out;
    }
}

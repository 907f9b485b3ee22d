package dev.schemata.diff;

import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Table;
import dev.schemata.catalog.TableProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Persistence, replica identity and storage parameters of a table on both sides, altered in place. */
final class TablePropertiesDiff {
    private TablePropertiesDiff() {}

    /** What CREATE TABLE does not say: the replica identity. */
    static void created(Table table, List<Change> out) {
        if (!table.properties().replicaIdentity().equals("DEFAULT")) {
            out.add(new Change.SetReplicaIdentity(table.name(), table.properties().replicaIdentity()));
        }
    }

    /**
     * Parents keep their order: past the longest common start, the current parents are left and the desired
     * ones inherited in order (INHERIT appends).
     */
    private static void inheritance(QualifiedName table, List<QualifiedName> from, List<QualifiedName> to,
            List<Change> out) {
        int common = 0;
        while (common < from.size() && common < to.size() && from.get(common).equals(to.get(common))) {
            common++;
        }
        from.subList(common, from.size()).forEach(p -> out.add(new Change.DropInherit(table, p)));
        to.subList(common, to.size()).forEach(p -> out.add(new Change.AddInherit(table, p)));
    }

    static void compare(Table from, Table to, List<Change> out) {
        TableProperties a = from.properties();
        TableProperties b = to.properties();
        inheritance(to.name(), a.inherits(), b.inherits(), out);
        if (a.unlogged() != b.unlogged()) {
            out.add(new Change.SetLogged(to.name(), b.unlogged()));
        }
        if (!Objects.equals(a.replicaIdentity(), b.replicaIdentity())) {
            out.add(new Change.SetReplicaIdentity(to.name(), b.replicaIdentity()));
        }
        if (!a.storageParameters().equals(b.storageParameters())) {
            List<String> set = b.storageParameters().stream().filter(p -> !a.storageParameters().contains(p)).toList();
            List<String> reset = new ArrayList<>();
            for (String p : a.storageParameters()) {
                String key = p.substring(0, p.indexOf('='));
                if (b.storageParameters().stream().noneMatch(q -> q.startsWith(key + "="))) {
                    reset.add(key);
                }
            }
            out.add(new Change.SetStorageParameters(to.name(), set, reset));
        }
    }
}

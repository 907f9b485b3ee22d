package dev.schemata.plan;

import dev.schemata.catalog.Constraint;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Table;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Groups tables into strongly connected components of their foreign keys (Tarjan's algorithm): two tables
 * in the same group reference each other, directly or through others.
 */
final class ReferenceCycles {
    private final Map<QualifiedName, Table> tables;
    private final Map<QualifiedName, Integer> index = new HashMap<>();
    private final Map<QualifiedName, Integer> low = new HashMap<>();
    private final Map<QualifiedName, Integer> group = new HashMap<>();
    private final Deque<QualifiedName> stack = new ArrayDeque<>();
    private final Set<QualifiedName> onStack = new HashSet<>();
    private int groupCount;

    private ReferenceCycles(Map<QualifiedName, Table> tables) {
        this.tables = tables;
    }

    /** The group of each table; foreign keys to tables outside the map are ignored. */
    static Map<QualifiedName, Integer> groups(Map<QualifiedName, Table> tables) {
        ReferenceCycles cycles = new ReferenceCycles(tables);
        tables.keySet().stream().sorted().forEach(t -> {
            if (!cycles.index.containsKey(t)) {
                cycles.visit(t);
            }
        });
        return cycles.group;
    }

    private void visit(QualifiedName table) {
        index.put(table, index.size());
        low.put(table, index.get(table));
        stack.push(table);
        onStack.add(table);
        for (Constraint c : tables.get(table).constraints()) {
            QualifiedName next = c.foreignKey() == null ? null : c.foreignKey().referencedTable();
            if (next == null || !tables.containsKey(next)) {
                continue;
            }
            if (!index.containsKey(next)) {
                visit(next);
                low.put(table, Math.min(low.get(table), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(table, Math.min(low.get(table), index.get(next)));
            }
        }
        if (low.get(table).equals(index.get(table))) {
            int id = groupCount++;
            QualifiedName member;
            do {
                member = stack.pop();
                onStack.remove(member);
                group.put(member, id);
            } while (!member.equals(table));
        }
    }
}

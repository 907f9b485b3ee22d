package dev.schemata.plan;

import dev.schemata.catalog.ColumnRef;
import dev.schemata.diff.Change;
import dev.schemata.diff.Change.ColumnChange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Orders the alterations of one column, which PostgreSQL accepts only in a certain order. */
final class ColumnSteps {
    // An identity column can have neither a default nor a nullable state: those go after DROP IDENTITY and
    // before ADD ... AS IDENTITY. The old default goes before a type change that cannot cast it.
    private static final List<Class<? extends Change>> ORDER = List.of(
            Change.DropIdentity.class,
            Change.DropDefault.class,
            Change.DropNotNull.class,
            Change.ChangeColumnType.class,
            Change.ConvertEnumColumn.class,
            Change.ConvertRangeColumn.class,
            Change.SetDefault.class,
            Change.SetNotNull.class,
            Change.AddIdentity.class,
            Change.AlterIdentity.class,
            Change.SetColumnStorage.class,
            Change.SetColumnCompression.class);

    private ColumnSteps() {}

    static void chain(List<Step> steps, StepGraph graph) {
        Map<ColumnRef, List<Step>> byColumn = new LinkedHashMap<>();
        for (Step s : steps) {
            if (s.change() instanceof ColumnChange c && ORDER.contains(c.getClass())) {
                byColumn.computeIfAbsent(new ColumnRef(c.table(), c.column()), k -> new ArrayList<>()).add(s);
            }
        }
        for (List<Step> alterations : byColumn.values()) {
            alterations.sort(Comparator.comparingInt(s -> ORDER.indexOf(s.change().getClass())));
            for (int i = 1; i < alterations.size(); i++) {
                graph.order(alterations.get(i - 1), alterations.get(i));
            }
        }
    }
}

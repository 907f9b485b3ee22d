package dev.schemata.plan;

import dev.schemata.catalog.ForeignDataWrapper;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Table;
import dev.schemata.diff.Change;
import dev.schemata.diff.Change.CreateForeignDataWrapper;
import dev.schemata.diff.Change.CreateServer;
import dev.schemata.diff.Change.CreateTable;
import dev.schemata.diff.Change.DropForeignDataWrapper;
import dev.schemata.diff.Change.DropServer;
import dev.schemata.diff.Change.DropTable;
import dev.schemata.diff.Change.DropUserMapping;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The edges of foreign data: wrapper, then server, then user mappings and foreign tables; drops the other way
 * round. A wrapper comes after the functions it names, which are dropped after it.
 */
final class ForeignOrder {
    private final StepGraph graph;
    private final StepIndex steps;

    private ForeignOrder(StepGraph graph, StepIndex steps) {
        this.graph = graph;
        this.steps = steps;
    }

    static void link(StepGraph graph, StepIndex steps) {
        ForeignOrder order = new ForeignOrder(graph, steps);
        steps.all().forEach(order::link);
    }

    private void link(Step step) {
        Change change = step.change();
        if (change instanceof CreateForeignDataWrapper c) {
            after(step, DropForeignDataWrapper.class, s -> s.wrapper().name().equals(c.wrapper().name()));
            afterFunctions(step, c.wrapper());
        } else if (change instanceof Change.AlterForeignDataWrapper c) {
            afterFunctions(step, c.to());
        } else if (change instanceof DropForeignDataWrapper c) {
            after(step, DropServer.class, s -> s.server().wrapper().equals(c.wrapper().name()));
        } else if (change instanceof CreateServer c) {
            after(step, DropServer.class, s -> s.server().name().equals(c.server().name()));
            after(step, CreateForeignDataWrapper.class, s -> s.wrapper().name().equals(c.server().wrapper()));
        } else if (change instanceof DropServer c) {
            after(step, DropUserMapping.class, s -> s.mapping().server().equals(c.server().name()));
            after(step, DropTable.class, s -> c.server().name().equals(server(s.table())));
        } else if (change instanceof Change.CreateUserMapping c) {
            after(step, DropUserMapping.class, s -> s.mapping().server().equals(c.mapping().server())
                    && Objects.equals(s.mapping().user(), c.mapping().user()));
            after(step, CreateServer.class, s -> s.server().name().equals(c.mapping().server()));
        } else if (change instanceof CreateTable c && c.table().properties().isForeign()) {
            after(step, CreateServer.class, s -> s.server().name().equals(server(c.table())));
        } else if (change instanceof Change.SetForeignColumnOptions c) {
            for (Step s : steps.on(c.table())) {
                if (s.change() instanceof CreateTable || s.change() instanceof Change.AddColumn a
                        && a.column().equals(c.column())) {
                    graph.order(s, step);
                }
            }
        } else if (change instanceof Change.DropRoutine c) {
            QualifiedName function = c.routine().name();
            after(step, DropForeignDataWrapper.class, s -> uses(s.wrapper(), function));
            after(step, Change.AlterForeignDataWrapper.class, s -> uses(s.from(), function));
        }
    }

    private void afterFunctions(Step step, ForeignDataWrapper wrapper) {
        for (Step s : steps.ofKind(Change.CreateRoutine.class)) {
            if (uses(wrapper, ((Change.CreateRoutine) s.change()).routine().name())) {
                graph.order(s, step);
            }
        }
    }

    private static boolean uses(ForeignDataWrapper wrapper, QualifiedName function) {
        return function.equals(wrapper.handler()) || function.equals(wrapper.validator());
    }

    private static String server(Table table) {
        return table.properties().isForeign() ? table.properties().foreign().server() : null;
    }

    @SuppressWarnings("unchecked")
    private <C extends Change> void after(Step step, Class<C> kind, Predicate<C> first) {
        List<Step> candidates = steps.ofKind(kind);
        for (Step s : candidates) {
            if (s != step && first.test((C) s.change())) {
                graph.order(s, step);
            }
        }
    }
}

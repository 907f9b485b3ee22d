package dev.schemata.plan;

import dev.schemata.catalog.ObjectId;
import dev.schemata.catalog.ObjectKind;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Routine;
import dev.schemata.diff.Change;
import dev.schemata.diff.Change.AddColumn;
import dev.schemata.diff.Change.AddConstraint;
import dev.schemata.diff.Change.ChangeColumnType;
import dev.schemata.diff.Change.ColumnChange;
import dev.schemata.diff.Change.CreateExtension;
import dev.schemata.diff.Change.CreateIndex;
import dev.schemata.diff.Change.CreatePolicy;
import dev.schemata.diff.Change.CreateRoutine;
import dev.schemata.diff.Change.CreateSchema;
import dev.schemata.diff.Change.CreateTable;
import dev.schemata.diff.Change.CreateTrigger;
import dev.schemata.diff.Change.CreateView;
import dev.schemata.diff.Change.DropColumn;
import dev.schemata.diff.Change.DropConstraint;
import dev.schemata.diff.Change.DropDefault;
import dev.schemata.diff.Change.DropExtension;
import dev.schemata.diff.Change.DropIndex;
import dev.schemata.diff.Change.DropPolicy;
import dev.schemata.diff.Change.DropRoutine;
import dev.schemata.diff.Change.DropSchema;
import dev.schemata.diff.Change.DropTable;
import dev.schemata.diff.Change.DropTrigger;
import dev.schemata.diff.Change.DropView;
import dev.schemata.diff.Change.ReplaceRoutine;
import dev.schemata.diff.Change.ReplaceView;
import dev.schemata.diff.Change.SetDefault;
import dev.schemata.diff.Change.SetRowSecurity;
import dev.schemata.diff.Change.MoveExtension;
import dev.schemata.diff.Change.UpdateExtension;
import java.util.List;
import java.util.function.Predicate;

/**
 * The edges of extensions, routines, triggers and policies. Extensions are created before, and dropped after,
 * every other step (what uses them is not tracked: their objects are not in the catalog); one that moves to
 * another schema moves right after the renames and the schema creations. A routine comes
 * after what it uses and before the tables, views and triggers that use it; it is dropped after them.
 */
final class ProgramOrder {
    private final StepGraph graph;
    private final StepIndex steps;
    private final ObjectGraph objects;

    private ProgramOrder(StepGraph graph, StepIndex steps, ObjectGraph objects) {
        this.graph = graph;
        this.steps = steps;
        this.objects = objects;
    }

    static void link(StepGraph graph, StepIndex steps, ObjectGraph objects) {
        ProgramOrder order = new ProgramOrder(graph, steps, objects);
        steps.all().forEach(order::link);
    }

    private void link(Step step) {
        Change change = step.change();
        if (change instanceof CreateExtension c) {
            after(step, steps.ofKind(CreateSchema.class),
                    s -> ((CreateSchema) s.change()).schema().name().equals(c.extension().schema()));
            after(step, steps.ofKind(DropExtension.class),
                    s -> ((DropExtension) s.change()).extension().name().equals(c.extension().name()));
            return;
        }
        if (change instanceof DropExtension c) {
            // one dropped to be created again (in another schema) goes before what is made with the new one
            boolean again = steps.ofKind(CreateExtension.class).stream()
                    .anyMatch(s -> ((CreateExtension) s.change()).extension().name().equals(c.extension().name()));
            after(step, steps.all(), s -> !isExtensionOrSchema(s.change()) && (!again || isDrop(s.change())));
            return;
        }
        if (change instanceof MoveExtension c) {
            after(step, steps.ofKind(CreateSchema.class),
                    s -> ((CreateSchema) s.change()).schema().name().equals(c.schema()));
            return;
        }
        if (!(change instanceof Change.Rename) && !(change instanceof CreateSchema)
                && !(change instanceof Change.GrantDefaultPrivilege)
                && !(change instanceof Change.RevokeDefaultPrivilege)) {
            // the rest names a moved extension's members by their new names (renames run first; default
            // privileges go before the schemas the plan creates, which a move may need)
            after(step, steps.ofKind(MoveExtension.class), s -> true);
        }
        if (!isDrop(change) && !isExtensionOrSchema(change) && !(change instanceof Change.Rename)
                && !(change instanceof Change.GrantDefaultPrivilege) && !(change instanceof Change.RevokeDefaultPrivilege)) {
            // (a rename needs neither: renames run first, property seed 214; nor default privileges, which go
            // before the schemas the plan creates, seed 271)
            after(step, steps.ofKind(CreateExtension.class), s -> true);
            after(step, steps.ofKind(UpdateExtension.class), s -> true);
            // which columns, domains and types use a collation is not tracked: collations come first
            if (!(change instanceof Change.CreateCollation)) {
                after(step, steps.ofKind(Change.CreateCollation.class), s -> true);
            }
        }
        if (change instanceof Change.CreateCollation c) {
            after(step, steps.ofKind(CreateSchema.class),
                    s -> ((CreateSchema) s.change()).schema().name().equals(c.collation().name().schema()));
            after(step, steps.ofKind(Change.DropCollation.class),
                    s -> ((Change.DropCollation) s.change()).collation().name().equals(c.collation().name()));
        } else if (change instanceof Change.DropCollation) {
            after(step, steps.all(), s -> isDrop(s.change()) && !(s.change() instanceof Change.DropCollation)
                    && !(s.change() instanceof DropSchema) && !(s.change() instanceof DropExtension)
                    || s.change() instanceof ChangeColumnType || s.change() instanceof Change.AlterAttributeType);
        } else if (change instanceof Change.CreateEventTrigger c) {
            after(step, steps.all(), s -> createsRoutine(s, c.trigger().function()));
            after(step, steps.ofKind(Change.DropEventTrigger.class),
                    s -> ((Change.DropEventTrigger) s.change()).trigger().name().equals(c.trigger().name()));
        }
        if (change instanceof DropSchema c) {
            after(step, steps.ofKind(DropExtension.class),
                    s -> ((DropExtension) s.change()).extension().schema().equals(c.schema().name()));
        } else if (change instanceof CreateRoutine c) {
            createRoutine(step, c.routine());
        } else if (change instanceof ReplaceRoutine c) {
            createRoutine(step, c.to());
        } else if (change instanceof DropRoutine c) {
            dropRoutine(step, c.routine());
        } else if (change instanceof CreateTrigger c) {
            afterRelationReady(step, c.trigger().table());
            after(step, steps.on(c.trigger().table()), s -> s.change() instanceof DropTrigger d
                    && d.trigger().name().equals(c.trigger().name()));
            after(step, steps.all(), s -> createsRoutine(s, c.trigger().function()));
        } else if (change instanceof CreatePolicy c) {
            afterRelationReady(step, c.policy().table());
            after(step, steps.on(c.policy().table()), s -> s.change() instanceof DropPolicy d
                    && d.policy().name().equals(c.policy().name()));
            after(step, steps.ofKind(CreateRoutine.class), s -> true);
            after(step, steps.ofKind(ReplaceRoutine.class), s -> true);
        } else if (change instanceof SetRowSecurity c) {
            afterRelationReady(step, c.table());
        } else if (change instanceof Change.CreateStatistics c) {
            afterRelationReady(step, c.statistics().table());
            after(step, steps.all(), s -> s.change() instanceof Change.DropStatistics d
                    && d.statistics().name().equals(c.statistics().name()));
        } else if (change instanceof Change.SetStatisticsTarget c) {
            after(step, steps.ofKind(Change.CreateStatistics.class),
                    s -> ((Change.CreateStatistics) s.change()).statistics().name().equals(c.statistics()));
        } else if (change instanceof Change.CreateAggregate c) {
            ObjectId self = ObjectId.of(c.aggregate());
            after(step, steps.all(), s -> self.equals(ObjectGraph.dropped(s.change())));
            objects.desiredDependencies(self)
                    .forEach(used -> after(step, steps.all(), s -> ObjectGraph.creates(s.change(), used)));
        } else if (change instanceof Change.SetReplicaIdentity c) {
            after(step, steps.on(c.table()), s -> s.change() instanceof CreateTable
                    || s.change() instanceof CreateIndex || s.change() instanceof AddConstraint
                    || s.change() instanceof ColumnChange);
        } else if (change instanceof Change.SetLogged c) {
            afterRelationReady(step, c.table());
        } else if (change instanceof ColumnChange c) {
            after(step, steps.on(c.table()),
                    s -> s.change() instanceof DropPolicy || s.change() instanceof Change.DropStatistics);
            afterRoutinesOf(step, c.table(), change instanceof AddColumn || change instanceof SetDefault
                    || change instanceof ChangeColumnType);
        } else if (change instanceof DropTable c) {
            after(step, steps.on(c.table().name()), s -> s.change() instanceof DropPolicy
                    || s.change() instanceof DropTrigger || s.change() instanceof Change.DropStatistics);
        } else if (change instanceof DropView c) {
            after(step, steps.on(c.view().name()), s -> s.change() instanceof DropTrigger);
        } else if (change instanceof CreateTable c) {
            afterRoutinesOf(step, c.table().name(), true);
        } else if (change instanceof AddConstraint c) {
            afterRoutinesOf(step, c.table(), true);
        } else if (change instanceof CreateIndex c) {
            afterRoutinesOf(step, c.table(), true);
        }
    }

    private void createRoutine(Step step, Routine routine) {
        after(step, steps.ofKind(CreateSchema.class),
                s -> ((CreateSchema) s.change()).schema().name().equals(routine.name().schema()));
        after(step, steps.ofKind(DropRoutine.class),
                s -> ((DropRoutine) s.change()).routine().signature().equals(routine.signature()));
        for (ObjectId used : objects.desiredDependencies(ObjectId.of(routine))) {
            if (used.kind() == ObjectKind.TABLE) {
                after(step, steps.on(used.name()), s -> s.change() instanceof CreateTable
                        || s.change() instanceof ColumnChange && !(s.change() instanceof DropColumn));
            } else {
                after(step, steps.all(), s -> ObjectGraph.creates(s.change(), used));
            }
        }
    }

    /** A routine goes after the triggers that run it and the defaults, checks and indexes that use it. */
    private void dropRoutine(Step step, Routine routine) {
        if (routine.argumentTypes().isEmpty()) {
            after(step, steps.ofKind(DropTrigger.class),
                    s -> ((DropTrigger) s.change()).trigger().function().equals(routine.name()));
            after(step, steps.ofKind(Change.DropEventTrigger.class),
                    s -> ((Change.DropEventTrigger) s.change()).trigger().function().equals(routine.name()));
        }
        for (ObjectId user : objects.currentDependents(ObjectId.of(routine))) {
            if (user.kind() == ObjectKind.TABLE) {
                after(step, steps.on(user.name()), s -> isDropOfUse(s.change()));
            } else {
                // a routine replaced by one that no longer uses this one frees it too
                after(step, steps.all(), s -> user.equals(ObjectGraph.dropped(s.change()))
                        || s.change() instanceof ReplaceRoutine r && ObjectId.of(r.to()).equals(user));
            }
        }
    }

    /** Steps on a table that use routines wait for those the table needs in the desired catalog. */
    private void afterRoutinesOf(Step step, QualifiedName table, boolean uses) {
        if (!uses) {
            return;
        }
        for (ObjectId used : objects.desiredDependencies(ObjectId.of(ObjectKind.TABLE, table))) {
            if (used.kind() == ObjectKind.ROUTINE) {
                after(step, steps.all(), s -> ObjectGraph.creates(s.change(), used));
            }
        }
    }

    private void afterRelationReady(Step step, QualifiedName relation) {
        after(step, steps.on(relation), s -> s.change() instanceof CreateTable || s.change() instanceof CreateView
                || s.change() instanceof ReplaceView
                || s.change() instanceof ColumnChange && !(s.change() instanceof DropColumn));
    }

    private boolean createsRoutine(Step step, QualifiedName function) {
        return step.change() instanceof CreateRoutine c && c.routine().name().equals(function)
                && c.routine().argumentTypes().isEmpty()
                || step.change() instanceof ReplaceRoutine r && r.to().name().equals(function)
                && r.to().argumentTypes().isEmpty();
    }

    private static boolean isDropOfUse(Change change) {
        return change instanceof DropDefault || change instanceof DropConstraint || change instanceof DropIndex
                || change instanceof DropColumn || change instanceof DropTable;
    }

    private static boolean isDrop(Change change) {
        return ObjectGraph.dropped(change) != null || change instanceof DropTrigger || change instanceof DropPolicy
                || change instanceof Change.DropStatistics || change instanceof Change.DropEventTrigger
                || change instanceof Change.DropCollation || change instanceof Change.DropServer
                || change instanceof Change.DropForeignDataWrapper || change instanceof Change.DropUserMapping
                || change instanceof DropIndex || change instanceof DropConstraint || change instanceof DropColumn
                || change instanceof DropSchema || change instanceof DropExtension;
    }

    private static boolean isExtensionOrSchema(Change change) {
        return change instanceof CreateExtension || change instanceof DropExtension
                || change instanceof UpdateExtension || change instanceof MoveExtension
                || change instanceof CreateSchema
                || change instanceof DropSchema;
    }

    private void after(Step step, List<Step> candidates, Predicate<Step> first) {
        for (Step s : candidates) {
            if (s != step && first.test(s)) {
                graph.order(s, step);
            }
        }
    }
}

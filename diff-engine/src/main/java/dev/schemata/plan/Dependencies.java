package dev.schemata.plan;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Column;
import dev.schemata.catalog.ColumnRef;
import dev.schemata.catalog.Constraint;
import dev.schemata.catalog.ConstraintKind;
import dev.schemata.catalog.ObjectId;
import dev.schemata.catalog.ObjectKind;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.RangeType;
import dev.schemata.catalog.Table;
import dev.schemata.catalog.View;
import dev.schemata.diff.Change;
import dev.schemata.diff.Change.AddColumn;
import dev.schemata.diff.Change.AddConstraint;
import dev.schemata.diff.Change.AddEnumValue;
import dev.schemata.diff.Change.ChangeColumnType;
import dev.schemata.diff.Change.ColumnChange;
import dev.schemata.diff.Change.CreateEnum;
import dev.schemata.diff.Change.CreateIndex;
import dev.schemata.diff.Change.CreateSchema;
import dev.schemata.diff.Change.CreateSequence;
import dev.schemata.diff.Change.CreateTable;
import dev.schemata.diff.Change.CreateView;
import dev.schemata.diff.Change.DropView;
import dev.schemata.diff.Change.ReplaceView;
import dev.schemata.diff.Change.DropColumn;
import dev.schemata.diff.Change.DropConstraint;
import dev.schemata.diff.Change.DropEnum;
import dev.schemata.diff.Change.DropIndex;
import dev.schemata.diff.Change.DropSchema;
import dev.schemata.diff.Change.DropSequence;
import dev.schemata.diff.Change.DropTable;
import dev.schemata.diff.Change.SetComment;
import dev.schemata.diff.Change.SetDefault;
import dev.schemata.diff.Change.SetSequenceOwner;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The "must run before" edges between steps. Each rule is written from the point of view of the step that
 * waits: what has to exist (creates) or be gone (drops) before it can run.
 */
final class Dependencies {
    private final StepGraph graph;
    private final StepIndex steps;
    private final Catalog current;
    private final ObjectGraph objects;
    /** The current tables that have partitions or children; found on first use. */
    private Set<QualifiedName> currentParents;

    private Dependencies(StepGraph graph, Catalog current, Catalog desired) {
        this.graph = graph;
        this.steps = new StepIndex(graph.steps());
        this.current = current;
        this.objects = new ObjectGraph(current, desired);
    }

    /**
     * The current descendants of the table. Most tables have none: that is known from one pass over the
     * tables, where asking the catalog would scan them all for each dropped column.
     */
    private List<QualifiedName> descendants(QualifiedName table) {
        if (currentParents == null) {
            currentParents = new HashSet<>();
            for (Table t : current.tables()) {
                if (t.properties().partitionOf() != null) {
                    currentParents.add(t.properties().partitionOf());
                }
                currentParents.addAll(t.properties().inherits());
            }
        }
        return currentParents.contains(table) ? current.descendants(table) : List.of();
    }

    static StepGraph link(List<Step> steps, Catalog current, Catalog desired) {
        StepGraph graph = new StepGraph(steps);
        Dependencies rules = new Dependencies(graph, current, desired);
        steps.forEach(rules::link);
        renamesFirst(steps, graph);
        ColumnSteps.chain(steps, graph);
        PartitionOrder.link(graph, rules.steps, current, desired);
        ProgramOrder.link(graph, rules.steps, rules.objects);
        TypeOrder.link(graph, rules.steps, rules.objects);
        PrivilegeOrder.link(graph, rules.steps, desired);
        OperatorOrder.link(graph, rules.steps, rules.objects);
        ForeignOrder.link(graph, rules.steps);
        PublicationOrder.link(graph, rules.steps, current);
        BodyReferences.link(graph, rules.steps); // last: its edges give way to all the others
        return graph;
    }

    /**
     * Renames run before everything else, which names objects by their new names; tables and types are
     * renamed before their members, whose renames name them by their new names too.
     */
    private static void renamesFirst(List<Step> steps, StepGraph graph) {
        for (Step rename : steps) {
            if (rename.change() instanceof Change.Rename) {
                boolean owner = rename.change() instanceof Change.RenameTable
                        || rename.change() instanceof Change.RenameType;
                for (Step s : steps) {
                    if (!(s.change() instanceof Change.Rename) || owner && !(s.change() instanceof Change.RenameTable
                            || s.change() instanceof Change.RenameType)) {
                        graph.order(rename, s);
                    }
                }
            }
        }
    }

    private void link(Step step) {
        Change change = step.change();
        ObjectId dropped = ObjectGraph.droppedOrChanged(change);
        if (dropped != null) {
            // what uses the object now goes first
            objects.currentDependents(dropped).forEach(d -> after(step, steps.on(d.name()), s -> isDropOf(s, d)));
        }
        if (change instanceof CreateView c) {
            createView(step, c.view());
        } else if (change instanceof ReplaceView c) {
            createView(step, c.to());
        } else if (change instanceof CreateTable c) {
            afterSchema(step, c.table().name());
            c.table().columns().forEach(col -> afterTypeAndSequences(step, col.type(), col.defaultExpression()));
        } else if (change instanceof CreateEnum c) {
            afterSchema(step, c.type().name());
            after(step, steps.ofKind(DropEnum.class),
                    s -> ((DropEnum) s.change()).type().name().equals(c.type().name()));
            after(step, steps.ofKind(Change.RenameEnum.class),
                    s -> ((Change.RenameEnum) s.change()).type().name().equals(c.type().name()));
        } else if (change instanceof CreateSequence c) {
            afterSchema(step, c.sequence().name());
        } else if (change instanceof ColumnChange c) {
            columnChange(step, c);
        } else if (change instanceof AddConstraint c) {
            afterTableReady(step, c.table());
            if (c.constraint().foreignKey() != null) {
                afterReferencedKey(step, c.constraint().foreignKey().referencedTable(),
                        c.constraint().foreignKey().referencedColumns());
            }
        } else if (change instanceof Change.ValidateConstraint c) {
            afterTableReady(step, c.table());
            if (c.constraint().foreignKey() != null) {
                afterReferencedKey(step, c.constraint().foreignKey().referencedTable(),
                        c.constraint().foreignKey().referencedColumns());
            }
        } else if (change instanceof CreateIndex c) {
            createIndex(step, c);
        } else if (change instanceof DropConstraint c && c.constraint().foreignKey() == null) {
            after(step, steps.foreignKeyDropsTo(c.table()), s -> true); // the referencing key goes first
        } else if (change instanceof DropIndex c && c.index().unique()) {
            after(step, steps.foreignKeyDropsTo(c.table()), s -> true);
        } else if (change instanceof DropTable c) {
            dropTable(step, c.table().name());
        } else if (change instanceof DropEnum c) {
            afterColumnsLeave(step, c.type().name());
            // the old type of an enum created again is dropped by the name it was set aside under: the columns
            // that leave it otherwise (retyped, dropped) know it by its first name (property seed 6355)
            steps.ofKind(Change.RenameEnum.class).stream().filter(s -> s.partOf() == step)
                    .forEach(s -> afterColumnsLeave(step, ((Change.RenameEnum) s.change()).type().name()));
            after(step, steps.ofKind(Change.ConvertEnumColumn.class), s -> true);
        } else if (change instanceof Change.DropDomain c) {
            afterColumnsLeave(step, c.domain().name());
            // a domain set aside with its range type goes after its columns, which know it by its first name
            steps.ofKind(Change.RenameDomainAside.class).stream()
                    .filter(s -> s.partOf() == step.partOf() && step.partOf() != null && QualifiedName.of(
                            c.domain().name().schema(), ((Change.RenameDomainAside) s.change()).newName())
                            .equals(c.domain().name()))
                    .forEach(s -> afterColumnsLeave(step, ((Change.RenameDomainAside) s.change()).domain()));
            after(step, steps.ofKind(Change.ConvertRangeColumn.class),
                    s -> s.partOf() == step.partOf() && step.partOf() != null);
        } else if (change instanceof Change.CreateDomain c) {
            after(step, steps.ofKind(Change.RenameDomainAside.class),
                    s -> ((Change.RenameDomainAside) s.change()).domain().equals(c.domain().name()));
        } else if (change instanceof Change.DropCompositeType c) {
            afterColumnsLeave(step, c.type().name());
        } else if (change instanceof Change.DropRangeType c) {
            afterColumnsLeave(step, c.type().name());
            c.type().multirange().ifPresent(multirange -> afterColumnsLeave(step, multirange));
            afterDependentsDropped(step, c.type().name()); // routines and domains too, which on() does not list
            // the old type of a range created again goes by the name it was set aside under: what used it
            // (columns, views, routines, domains) knows it by its first name
            steps.ofKind(Change.RenameRangeAside.class).stream().filter(s -> s.partOf() == step)
                    .map(s -> (Change.RenameRangeAside) s.change()).filter(r -> r.arguments() == null)
                    .map(Change.RenameRangeAside::name).forEach(type -> {
                        afterColumnsLeave(step, type);
                        afterDependentsDropped(step, type);
                    });
            after(step, steps.ofKind(Change.ConvertRangeColumn.class), s -> s.partOf() == step);
            after(step, steps.ofKind(Change.DropDomain.class), s -> s.partOf() == step); // domains set aside
        } else if (change instanceof Change.RenameRangeAside c && c.arguments() == null) {
            // what is dropped to be created again on the new type goes while it names the old one by its first
            // name (a routine's signature)
            afterDependentsDropped(step, c.name());
        } else if (change instanceof Change.CreateRangeType c) {
            // the old range and its multirange step aside first
            after(step, steps.ofKind(Change.RenameRangeAside.class), s -> s.partOf() == step.partOf()
                    && step.partOf() != null);
        } else if (change instanceof DropSequence c) {
            after(step, steps.all(), s -> currentColumns(s).stream()
                    .anyMatch(col -> References.sequencesIn(col.defaultExpression()).contains(c.sequence().name())));
        } else if (change instanceof DropSchema c) {
            after(step, steps.all(), s -> isDropOfObjectIn(s, c.schema().name()));
        } else if (change instanceof AddEnumValue c) {
            afterEarlierLabelOf(step, c.type());
        } else if (change instanceof SetSequenceOwner c) {
            setSequenceOwner(step, c);
        } else if (change instanceof SetComment c) {
            after(step, steps.mayCreate(c.target()), s -> Creations.creates(s.change(), c.target()));
        }
    }

    /** A view comes after what it uses exists as desired, and after the old view of its name is gone. */
    private void createView(Step step, View view) {
        afterSchema(step, view.name());
        after(step, steps.on(view.name()), s -> s.change() instanceof DropView);
        for (ObjectId used : objects.desiredDependencies(ObjectGraph.id(view))) {
            switch (used.kind()) {
                case TABLE, VIEW, MATERIALIZED_VIEW -> after(step, steps.on(used.name()), s -> !isDropOf(s, used));
                case ENUM -> after(step, steps.ofKind(CreateEnum.class),
                        s -> ((CreateEnum) s.change()).type().name().equals(used.name()));
                case SEQUENCE -> after(step, steps.ofKind(CreateSequence.class),
                        s -> ((CreateSequence) s.change()).sequence().name().equals(used.name()));
                default -> after(step, steps.all(), s -> ObjectGraph.creates(s.change(), used));
            }
        }
    }

    /**
     * A range type is dropped or set aside after the drops of what uses it now (by pg_depend); dropped also after
     * the attributes of composite types that use it are altered to the new type.
     */
    private void afterDependentsDropped(Step step, QualifiedName range) {
        boolean drop = step.change() instanceof Change.DropRangeType; // else setting the type aside
        for (ObjectId d : objects.currentDependents(ObjectId.of(ObjectKind.RANGE_TYPE, range))) {
            after(step, steps.all(), s -> isDropOf(s, d) || drop && s.change() instanceof Change.AlterAttributeType a
                    && ObjectId.of(ObjectKind.COMPOSITE_TYPE, a.type()).equals(d));
        }
    }

    private static boolean isDropOf(Step step, ObjectId object) {
        return object.equals(ObjectGraph.dropped(step.change()));
    }

    private void columnChange(Step step, ColumnChange change) {
        QualifiedName table = change.table();
        if (change instanceof ChangeColumnType || change instanceof Change.ConvertColumn) {
            // an index or constraint that may not survive the new type goes first, and a generated column
            // that goes (it may read this one: PostgreSQL refuses the new type under it)
            after(step, steps.on(table), s -> isDropOfKeyOrIndexOn(s, table) && mayUse(s, change.column())
                    || s.change() instanceof DropColumn && isGenerated(s));
        } else if (!(change instanceof AddColumn || change instanceof SetDefault)) {
            // a key or index drop may be what lets the column change (DROP NOT NULL of a key column)
            after(step, steps.on(table), s -> isDropOfKeyOrIndexOn(s, table));
        }
        after(step, steps.foreignKeyDropsTo(table), s -> true);
        if (change instanceof AddColumn c) {
            afterTypeAndSequences(step, c.definition().type(), c.definition().defaultExpression());
            after(step, steps.on(table), s -> s.change() instanceof DropColumn d && d.column().equals(c.column()));
            if (c.definition().generatedExpression() != null) {
                // a generated column reads the other columns, which must exist with their new types
                after(step, steps.on(table),
                        s -> isColumnChangeOn(s, table) && !isGenerated(s) && !(s.change() instanceof DropColumn));
            }
        } else if (change instanceof ChangeColumnType c) {
            afterTypeAndSequences(step, c.to().type(), null);
        } else if (change instanceof Change.ConvertColumn c) {
            afterTypeAndSequences(step, c.type().sql(), null);
        } else if (change instanceof SetDefault c) {
            afterTypeAndSequences(step, "", c.expression());
        } else if (change instanceof DropColumn c) {
            after(step, steps.ofKind(SetSequenceOwner.class),
                    s -> new ColumnRef(table, c.column()).equals(((SetSequenceOwner) s.change()).from()));
            // the own keys and indexes of the partitions and children the drop reaches, which it would take along
            for (QualifiedName reached : descendants(table)) {
                after(step, steps.on(reached), s -> ReachedColumnDrops.of(s, steps, current) == step);
            }
            if (c.definition().generatedExpression() == null) {
                // PostgreSQL drops a generated column with a column it reads
                after(step, steps.on(table), s -> s.change() instanceof DropColumn && isGenerated(s));
            }
        }
    }

    private void dropTable(Step step, QualifiedName table) {
        // the sequences its columns own go with it: what else takes values from them changes first
        current.sequences().stream().filter(q -> q.ownedBy() != null && q.ownedBy().table().equals(table))
                .forEach(q -> after(step, steps.all(), s -> currentColumns(s).stream().anyMatch(col -> References.sequencesIn(col.defaultExpression())
                                .contains(q.name()))));
        after(step, steps.on(table), s -> isDropOfKeyOrIndexOn(s, table));
        after(step, steps.foreignKeyDropsTo(table), s -> true);
        // a dropped table that references this one goes first, unless its key was dropped apart (a cycle)
        after(step, steps.tableDropsReferencing(table), s -> ((DropTable) s.change()).table().constraints().stream()
                .anyMatch(k -> k.foreignKey() != null && k.foreignKey().referencedTable().equals(table)
                        && !isDroppedApart(((DropTable) s.change()).table().name(), k)));
        after(step, steps.ofKind(SetSequenceOwner.class), s -> {
            SetSequenceOwner o = (SetSequenceOwner) s.change();
            return o.from() != null && o.from().table().equals(table);
        });
    }

    private void setSequenceOwner(Step step, SetSequenceOwner change) {
        after(step, steps.ofKind(CreateSequence.class),
                s -> ((CreateSequence) s.change()).sequence().name().equals(change.sequence()));
        if (change.to() != null) {
            ColumnRef owner = change.to();
            after(step, steps.on(owner.table()), s -> s.change() instanceof CreateTable
                    || s.change() instanceof AddColumn a && a.column().equals(owner.column()));
        }
    }

    /** A constraint or index on a table comes after the table and its columns are as desired. */
    private void afterTableReady(Step step, QualifiedName table) {
        after(step, steps.on(table), s -> s.change() instanceof CreateTable || s.change() instanceof CreateView
                || isColumnChangeOn(s, table) && !(s.change() instanceof DropColumn)
                || isDropOfKeyOrIndexOn(s, table));
    }

    /**
     * An index on plain columns comes after its table, those columns as desired, and the drop of an index or
     * key of its name; one on expressions or with a predicate after every column change of its table.
     */
    private void createIndex(Step step, CreateIndex c) {
        List<String> columns = c.index().columns();
        if (columns.isEmpty() || columns.contains(null) || c.index().predicate() != null) {
            afterTableReady(step, c.table());
            return;
        }
        QualifiedName table = c.table();
        after(step, steps.on(table), s -> s.change() instanceof CreateTable || s.change() instanceof CreateView
                || isColumnChangeOn(s, table) && !(s.change() instanceof DropColumn)
                        && columns.contains(((ColumnChange) s.change()).column())
                || s.change() instanceof DropIndex d && d.index().name().equals(c.index().name())
                || s.change() instanceof DropConstraint d && d.constraint().name().equals(c.index().name()));
    }

    /** A foreign key comes after the referenced table, its referenced columns as desired, and its keys. */
    private void afterReferencedKey(Step step, QualifiedName referenced, List<String> referencedColumns) {
        after(step, steps.on(referenced), s -> s.change() instanceof CreateTable || s.change() instanceof CreateView
                || isColumnChangeOn(s, referenced) && !(s.change() instanceof DropColumn)
                        && referencedColumns.contains(((ColumnChange) s.change()).column()));
        after(step, steps.on(referenced),
                s -> s.change() instanceof AddConstraint a && isKey(a.constraint())
                || s.change() instanceof CreateIndex i && i.index().unique());
    }

    private static boolean isKey(Constraint constraint) {
        return constraint.kind() == ConstraintKind.PRIMARY_KEY || constraint.kind() == ConstraintKind.UNIQUE;
    }

    private void afterSchema(Step step, QualifiedName object) {
        after(step, steps.ofKind(CreateSchema.class),
                s -> ((CreateSchema) s.change()).schema().name().equals(object.schema()));
    }

    private void afterTypeAndSequences(Step step, String type, String defaultExpression) {
        after(step, steps.ofKind(CreateEnum.class),
                s -> References.isType(type, ((CreateEnum) s.change()).type().name()));
        after(step, steps.ofKind(Change.CreateDomain.class),
                s -> References.isType(type, ((Change.CreateDomain) s.change()).domain().name()));
        after(step, steps.ofKind(Change.CreateCompositeType.class),
                s -> References.isType(type, ((Change.CreateCompositeType) s.change()).type().name()));
        after(step, steps.ofKind(Change.CreateRangeType.class),
                s -> isRangeOrMultirange(type, ((Change.CreateRangeType) s.change()).type()));
        List<QualifiedName> sequences = References.sequencesIn(defaultExpression);
        if (!sequences.isEmpty()) {
            after(step, steps.ofKind(CreateSequence.class),
                    s -> sequences.contains(((CreateSequence) s.change()).sequence().name()));
        }
    }

    private static boolean isRangeOrMultirange(String columnType, RangeType range) {
        return References.isType(columnType, range.name())
                || range.multirange().map(m -> References.isType(columnType, m)).orElse(false);
    }

    /** A type is dropped after the columns of that type are dropped or converted. */
    private void afterColumnsLeave(Step step, QualifiedName type) {
        after(step, steps.all(),
                s -> currentColumns(s).stream().anyMatch(col -> References.isType(col.type(), type)));
    }

    private void afterEarlierLabelOf(Step step, QualifiedName type) {
        steps.ofKind(AddEnumValue.class).stream()
                .filter(s -> s.id() < step.id() && ((AddEnumValue) s.change()).type().equals(type))
                .reduce((a, b) -> b)
                .ifPresent(previous -> graph.order(previous, step));
    }

    /** Orders each candidate that passes the test before the step. */
    private void after(Step step, List<Step> candidates, Predicate<Step> first) {
        for (Step s : candidates) {
            if (s != step && first.test(s)) {
                graph.order(s, step);
            }
        }
    }

    private boolean isDroppedApart(QualifiedName table, Constraint key) {
        return steps.on(table).stream().anyMatch(s -> s.change() instanceof DropConstraint d
                && d.constraint().name().equals(key.name()));
    }

    /** The columns as they are now that a step drops or changes. */
    private List<Column> currentColumns(Step step) {
        Change change = step.change();
        if (change instanceof DropTable d) {
            return d.table().columns();
        }
        if (change instanceof ColumnChange c) {
            return current.table(c.table()).flatMap(t -> t.column(c.column())).stream().toList();
        }
        return List.of();
    }

    /** Whether the dropped index or constraint may use the column: it names it, or has expressions. */
    private static boolean mayUse(Step drop, String column) {
        List<String> columns = drop.change() instanceof DropIndex i ? i.index().columns()
                : ((DropConstraint) drop.change()).constraint().columns();
        boolean expressions = drop.change() instanceof DropIndex i ? i.index().predicate() != null
                : ((DropConstraint) drop.change()).constraint().kind() == ConstraintKind.CHECK
                        || ((DropConstraint) drop.change()).constraint().kind() == ConstraintKind.EXCLUSION;
        // an index's expression key is a null name; a constraint's list holds no nulls (nor may it be asked for one)
        return expressions || columns.isEmpty() || columns.stream().anyMatch(c -> c == null || c.equals(column));
    }

    private static boolean isColumnChangeOn(Step step, QualifiedName table) {
        return step.change() instanceof ColumnChange c && c.table().equals(table);
    }

    private static boolean isGenerated(Step step) {
        Change change = step.change();
        return change instanceof AddColumn a && a.definition().generatedExpression() != null
                || change instanceof DropColumn d && d.definition().generatedExpression() != null;
    }

    private static boolean isDropOfKeyOrIndexOn(Step step, QualifiedName table) {
        return step.change() instanceof DropConstraint c && c.table().equals(table)
                || step.change() instanceof DropIndex i && i.table().equals(table);
    }

    private static boolean isDropOfObjectIn(Step step, String schema) {
        Change change = step.change();
        QualifiedName name = change instanceof DropTable t ? t.table().name()
                : change instanceof DropEnum e ? e.type().name()
                : change instanceof DropSequence q ? q.sequence().name()
                : change instanceof DropView v ? v.view().name()
                : change instanceof Change.DropCollation c ? c.collation().name()
                : change instanceof Change.DropStatistics x ? x.statistics().name()
                : ObjectGraph.dropped(change) != null ? ObjectGraph.dropped(change).name() : null;
        return name != null && Objects.equals(name.schema(), schema);
    }
}

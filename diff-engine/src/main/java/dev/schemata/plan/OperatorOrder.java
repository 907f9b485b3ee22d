package dev.schemata.plan;

import dev.schemata.catalog.ObjectId;
import dev.schemata.catalog.ObjectKind;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.diff.Change;
import dev.schemata.diff.Change.AlterTextSearchMapping;
import dev.schemata.diff.CommentTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The edges of casts, operators, operator families and classes, text search objects and conversions, from the
 * catalogs' pg_depend records both ways: such an object is created after its schema, the object of the same
 * identity it replaces and whatever it uses, and before what uses it (an index on an operator class, a view
 * using an operator); it is dropped after what uses it now is dropped.
 */
final class OperatorOrder {
    private static final Set<ObjectKind> KINDS = Set.of(ObjectKind.CAST, ObjectKind.OPERATOR,
            ObjectKind.OPERATOR_FAMILY, ObjectKind.OPERATOR_CLASS, ObjectKind.TEXT_SEARCH_DICTIONARY,
            ObjectKind.TEXT_SEARCH_CONFIGURATION, ObjectKind.CONVERSION, ObjectKind.TEXT_SEARCH_TEMPLATE,
            ObjectKind.TEXT_SEARCH_PARSER);

    private final StepGraph graph;
    private final StepIndex steps;
    private final ObjectGraph objects;

    private OperatorOrder(StepGraph graph, StepIndex steps, ObjectGraph objects) {
        this.graph = graph;
        this.steps = steps;
        this.objects = objects;
    }

    static void link(StepGraph graph, StepIndex steps, ObjectGraph objects) {
        OperatorOrder order = new OperatorOrder(graph, steps, objects);
        steps.all().forEach(order::link);
    }

    /** The cast, operator, operator class or family, text search object or conversion a step creates, or null. */
    static ObjectId created(Change change) {
        if (change instanceof Change.CreateCast c) return ObjectId.of(c.cast());
        if (change instanceof Change.CreateOperator c) return ObjectId.of(c.operator());
        if (change instanceof Change.CreateOperatorClass c) return ObjectId.of(c.operatorClass());
        if (change instanceof Change.CreateOperatorFamily c) return ObjectId.of(c.family());
        if (change instanceof Change.CreateTextSearchDictionary c) {
            return ObjectId.of(ObjectKind.TEXT_SEARCH_DICTIONARY, c.dictionary().name());
        }
        if (change instanceof Change.CreateTextSearchConfiguration c) {
            return ObjectId.of(ObjectKind.TEXT_SEARCH_CONFIGURATION, c.configuration().name());
        }
        if (change instanceof Change.CreateConversion c) return ObjectId.of(ObjectKind.CONVERSION, c.conversion().name());
        if (change instanceof Change.CreateTextSearchTemplate c) {
            return ObjectId.of(ObjectKind.TEXT_SEARCH_TEMPLATE, c.template().name());
        }
        if (change instanceof Change.CreateTextSearchParser c) {
            return ObjectId.of(ObjectKind.TEXT_SEARCH_PARSER, c.parser().name());
        }
        return null;
    }

    /** Whether the step creates the object of one of these kinds that the comment is on. */
    static boolean createsCommented(Change change, CommentTarget target) {
        ObjectId id = created(change);
        if (id == null) {
            return false;
        }
        // the comment kinds of these objects are named as their object kinds
        return id.kind().name().equals(target.kind().name()) && id.name().schema().equals(target.schema())
                && id.name().name().equals(target.object())
                && java.util.Objects.equals(id.argumentTypes(), target.member());
    }

    private void link(Step step) {
        Change change = step.change();
        ObjectId created = created(change);
        if (created != null) {
            QualifiedName name = created.name();
            after(step, steps.ofKind(Change.CreateSchema.class),
                    s -> ((Change.CreateSchema) s.change()).schema().name().equals(name.schema()));
            after(step, steps.all(), s -> created.equals(ObjectGraph.dropped(s.change())));
        }
        for (ObjectId user : users(change)) {
            for (ObjectId used : objects.desiredDependencies(user)) {
                if (KINDS.contains(user.kind()) || KINDS.contains(used.kind())) {
                    after(step, steps.all(), s -> ObjectGraph.creates(s.change(), used));
                }
            }
        }
        ObjectId dropped = change instanceof Change.DropIndex d ? index(d.table(), d.index().name())
                : ObjectGraph.dropped(change);
        if (dropped != null) {
            for (ObjectId user : objects.currentDependents(dropped)) {
                if (KINDS.contains(user.kind()) || KINDS.contains(dropped.kind())) {
                    after(step, steps.all(), s -> drops(s, user));
                }
            }
        }
        if (change instanceof Change.AddOperatorFamilyMembers a) {
            ObjectId family = ObjectId.of(a.family());
            after(step, steps.all(), s -> family.equals(created(s.change()))
                    || s.change() instanceof Change.DropOperatorFamilyMembers d && ObjectId.of(d.family()).equals(family));
        } else if (change instanceof AlterTextSearchMapping m) {
            after(step, steps.ofKind(Change.CreateTextSearchDictionary.class),
                    s -> m.to().contains(((Change.CreateTextSearchDictionary) s.change()).dictionary().name().sql()));
            after(step, steps.ofKind(Change.AlterTextSearchMapping.class), s -> s.id() < step.id()
                    && ((AlterTextSearchMapping) s.change()).configuration().equals(m.configuration()));
        } else if (change instanceof Change.DropTextSearchDictionary d) {
            after(step, steps.ofKind(Change.AlterTextSearchMapping.class),
                    s -> ((AlterTextSearchMapping) s.change()).from().contains(d.dictionary().name().sql()));
        }
    }

    /** The objects whose desired dependencies a step needs in place. */
    private static List<ObjectId> users(Change change) {
        List<ObjectId> ids = new ArrayList<>();
        ObjectId created = created(change);
        if (created != null) ids.add(created);
        if (change instanceof AlterTextSearchMapping m) {
            ids.add(ObjectId.of(ObjectKind.TEXT_SEARCH_CONFIGURATION, m.configuration()));
        }
        if (change instanceof Change.AddOperatorFamilyMembers a) ids.add(ObjectId.of(a.family()));
        if (change instanceof Change.CreateIndex c) {
            ids.add(index(c.table(), c.index().name()));
            ids.add(ObjectId.of(ObjectKind.TABLE, c.table()));
        }
        if (change instanceof Change.AddConstraint c) {
            ids.add(index(c.table(), c.constraint().name()));
            ids.add(ObjectId.of(ObjectKind.TABLE, c.table()));
        }
        if (change instanceof Change.CreateTable c) ids.add(ObjectId.of(ObjectKind.TABLE, c.table().name()));
        if (change instanceof Change.ColumnChange c) ids.add(ObjectId.of(ObjectKind.TABLE, c.table()));
        if (change instanceof Change.CreateView c) ids.add(ObjectGraph.id(c.view()));
        if (change instanceof Change.ReplaceView c) ids.add(ObjectGraph.id(c.to()));
        if (change instanceof Change.CreateRoutine c) ids.add(ObjectId.of(c.routine()));
        if (change instanceof Change.ReplaceRoutine c) ids.add(ObjectId.of(c.to()));
        if (change instanceof Change.CreateAggregate c) ids.add(ObjectId.of(c.aggregate()));
        if (change instanceof Change.CreateDomain c) ids.add(ObjectId.of(ObjectKind.DOMAIN, c.domain().name()));
        if (change instanceof Change.AddDomainConstraint c) ids.add(ObjectId.of(ObjectKind.DOMAIN, c.domain()));
        if (change instanceof Change.SetDomainDefault c) ids.add(ObjectId.of(ObjectKind.DOMAIN, c.domain()));
        return ids;
    }

    /** Whether a step takes away the given user of an object: drops it, or, for a table, drops a part of it. */
    private boolean drops(Step step, ObjectId user) {
        Change change = step.change();
        if (user.equals(ObjectGraph.dropped(change))
                || change instanceof Change.DropOperatorFamilyMembers d && user.equals(ObjectId.of(d.family()))) {
            return true;
        }
        if (user.kind() == ObjectKind.INDEX) {
            return change instanceof Change.DropIndex i && user.equals(index(i.table(), i.index().name()))
                    || change instanceof Change.DropConstraint k && user.equals(index(k.table(), k.constraint().name()));
        }
        return user.kind() == ObjectKind.TABLE && steps.on(user.name()).contains(step)
                && (change instanceof Change.DropIndex || change instanceof Change.DropConstraint
                        || change instanceof Change.DropColumn || change instanceof Change.DropDefault);
    }

    private static ObjectId index(QualifiedName table, String index) {
        return ObjectId.of(ObjectKind.INDEX, QualifiedName.of(table.schema(), index));
    }

    private void after(Step step, List<Step> candidates, Predicate<Step> first) {
        for (Step s : candidates) {
            if (s != step && first.test(s)) {
                graph.order(s, step);
            }
        }
    }
}

package dev.schemata.plan;

import dev.schemata.catalog.ObjectId;
import dev.schemata.catalog.ObjectKind;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.diff.Change;
import dev.schemata.diff.Change.AddAttribute;
import dev.schemata.diff.Change.AddDomainConstraint;
import dev.schemata.diff.Change.AlterAttributeType;
import dev.schemata.diff.Change.CreateCompositeType;
import dev.schemata.diff.Change.CreateDomain;
import dev.schemata.diff.Change.CreateSchema;
import dev.schemata.diff.Change.SetDomainDefault;
import java.util.List;
import java.util.function.Predicate;

/**
 * The edges of domains, composite and range types: created after their schema, the object of the same name they
 * replace and what they use (pg_depend: base and attribute types, routines in defaults and checks).
 */
final class TypeOrder {
    private final StepGraph graph;
    private final StepIndex steps;
    private final ObjectGraph objects;

    private TypeOrder(StepGraph graph, StepIndex steps, ObjectGraph objects) {
        this.graph = graph;
        this.steps = steps;
        this.objects = objects;
    }

    static void link(StepGraph graph, StepIndex steps, ObjectGraph objects) {
        TypeOrder order = new TypeOrder(graph, steps, objects);
        steps.all().forEach(order::link);
    }

    private void link(Step step) {
        Change change = step.change();
        if (change instanceof CreateDomain c) {
            create(step, ObjectId.of(ObjectKind.DOMAIN, c.domain().name()));
        } else if (change instanceof CreateCompositeType c) {
            create(step, ObjectId.of(ObjectKind.COMPOSITE_TYPE, c.type().name()));
        } else if (change instanceof Change.CreateRangeType c) {
            create(step, ObjectId.of(ObjectKind.RANGE_TYPE, c.type().name()));
        } else if (change instanceof SetDomainDefault c) {
            afterUses(step, ObjectId.of(ObjectKind.DOMAIN, c.domain()));
        } else if (change instanceof AddDomainConstraint c) {
            afterUses(step, ObjectId.of(ObjectKind.DOMAIN, c.domain()));
        } else if (change instanceof AddAttribute c) {
            afterUses(step, ObjectId.of(ObjectKind.COMPOSITE_TYPE, c.type()));
        } else if (change instanceof AlterAttributeType c) {
            afterUses(step, ObjectId.of(ObjectKind.COMPOSITE_TYPE, c.type()));
        }
    }

    private void create(Step step, ObjectId type) {
        QualifiedName name = type.name();
        after(step, steps.ofKind(CreateSchema.class),
                s -> ((CreateSchema) s.change()).schema().name().equals(name.schema()));
        // the type of that name, whatever its kind, is gone first
        after(step, steps.all(), s -> ObjectGraph.dropped(s.change()) != null
                && ObjectGraph.dropped(s.change()).name().equals(name)
                || s.change() instanceof Change.DropTable d && d.table().name().equals(name));
        afterUses(step, type);
    }

    private void afterUses(Step step, ObjectId type) {
        for (ObjectId used : objects.desiredDependencies(type)) {
            after(step, steps.all(), s -> ObjectGraph.creates(s.change(), used));
        }
    }

    private void after(Step step, List<Step> candidates, Predicate<Step> first) {
        for (Step s : candidates) {
            if (s != step && first.test(s)) {
                graph.order(s, step);
            }
        }
    }
}

package dev.schemata.plan;

import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Dependency;
import dev.schemata.catalog.ObjectId;
import dev.schemata.catalog.ObjectKind;
import dev.schemata.catalog.View;
import dev.schemata.diff.Change;
import dev.schemata.diff.Change.ColumnChange;
import dev.schemata.diff.Change.CreateEnum;
import dev.schemata.diff.Change.CreateSequence;
import dev.schemata.diff.Change.CreateTable;
import dev.schemata.diff.Change.CreateView;
import dev.schemata.diff.Change.DropEnum;
import dev.schemata.diff.Change.DropSequence;
import dev.schemata.diff.Change.DropTable;
import dev.schemata.diff.Change.DropView;
import dev.schemata.diff.Change.ReplaceView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogs' dependency records (from pg_depend) indexed both ways, and which object a step creates or
 * drops: what ties the steps of different kinds of object together.
 */
final class ObjectGraph {
    private final Map<ObjectId, List<ObjectId>> currentDependents = new HashMap<>();
    private final Map<ObjectId, List<ObjectId>> desiredDependencies = new HashMap<>();

    ObjectGraph(Catalog current, Catalog desired) {
        for (Dependency d : current.dependencies()) {
            currentDependents.computeIfAbsent(d.referenced(), k -> new java.util.ArrayList<>()).add(d.dependent());
        }
        for (Dependency d : desired.dependencies()) {
            desiredDependencies.computeIfAbsent(d.dependent(), k -> new java.util.ArrayList<>()).add(d.referenced());
        }
    }

    /** The objects that use the given one in the current database. */
    List<ObjectId> currentDependents(ObjectId object) {
        return currentDependents.getOrDefault(object, List.of());
    }

    /** The objects the given one uses in the desired database. */
    List<ObjectId> desiredDependencies(ObjectId object) {
        return desiredDependencies.getOrDefault(object, List.of());
    }

    static ObjectId id(View view) {
        return ObjectId.of(view.materialized() ? ObjectKind.MATERIALIZED_VIEW : ObjectKind.VIEW, view.name());
    }

    /** The object a step drops, or null. */
    static ObjectId dropped(Change change) {
        if (change instanceof DropTable c) return ObjectId.of(ObjectKind.TABLE, c.table().name());
        if (change instanceof DropView c) return id(c.view());
        if (change instanceof DropEnum c) return ObjectId.of(ObjectKind.ENUM, c.type().name());
        if (change instanceof DropSequence c) return ObjectId.of(ObjectKind.SEQUENCE, c.sequence().name());
        if (change instanceof Change.DropRoutine c) return ObjectId.of(c.routine());
        if (change instanceof Change.DropAggregate c) return ObjectId.of(c.aggregate());
        if (change instanceof Change.DropDomain c) return ObjectId.of(ObjectKind.DOMAIN, c.domain().name());
        if (change instanceof Change.DropCompositeType c) {
            return ObjectId.of(ObjectKind.COMPOSITE_TYPE, c.type().name());
        }
        if (change instanceof Change.DropRangeType c) return ObjectId.of(ObjectKind.RANGE_TYPE, c.type().name());
        return Change.droppedOperatorOrTextSearch(change);
    }

    /** The object a step drops or changes in a way its users may not survive, or null. */
    static ObjectId droppedOrChanged(Change change) {
        if (change instanceof ColumnChange c) return ObjectId.of(ObjectKind.TABLE, c.table());
        return dropped(change);
    }

    /** Whether a step creates (or replaces) the object. */
    static boolean creates(Change change, ObjectId object) {
        if (change instanceof CreateTable c) return isTable(object) && c.table().name().equals(object.name());
        if (change instanceof CreateView c) return id(c.view()).equals(object);
        if (change instanceof ReplaceView c) return id(c.to()).equals(object);
        if (change instanceof Change.CreateDomain c) {
            return ObjectId.of(ObjectKind.DOMAIN, c.domain().name()).equals(object);
        }
        if (change instanceof Change.CreateCompositeType c) {
            return ObjectId.of(ObjectKind.COMPOSITE_TYPE, c.type().name()).equals(object);
        }
        if (change instanceof Change.CreateRangeType c) {
            return ObjectId.of(ObjectKind.RANGE_TYPE, c.type().name()).equals(object);
        }
        if (change instanceof Change.CreateAggregate c) return ObjectId.of(c.aggregate()).equals(object);
        if (change instanceof Change.CreateRoutine c) return ObjectId.of(c.routine()).equals(object);
        if (change instanceof Change.ReplaceRoutine c) return ObjectId.of(c.to()).equals(object);
        if (change instanceof CreateEnum c) return object.equals(ObjectId.of(ObjectKind.ENUM, c.type().name()));
        if (change instanceof CreateSequence c) {
            return object.equals(ObjectId.of(ObjectKind.SEQUENCE, c.sequence().name()));
        }
        return object.equals(OperatorOrder.created(change));
    }

    private static boolean isTable(ObjectId object) {
        return object.kind() == ObjectKind.TABLE;
    }
}

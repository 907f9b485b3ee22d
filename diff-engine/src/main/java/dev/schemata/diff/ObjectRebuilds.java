package dev.schemata.diff;

import dev.schemata.catalog.Cast;
import dev.schemata.catalog.Catalog;
import dev.schemata.catalog.Constraint;
import dev.schemata.catalog.Column;
import dev.schemata.catalog.CompositeType;
import dev.schemata.catalog.Conversion;
import dev.schemata.catalog.Domain;
import dev.schemata.catalog.Index;
import dev.schemata.catalog.ObjectId;
import dev.schemata.catalog.ObjectKind;
import dev.schemata.catalog.Operator;
import dev.schemata.catalog.OperatorClass;
import dev.schemata.catalog.OperatorFamily;
import dev.schemata.catalog.QualifiedName;
import dev.schemata.catalog.Routine;
import dev.schemata.catalog.Table;
import dev.schemata.catalog.TextSearchConfiguration;
import dev.schemata.catalog.TextSearchDictionary;
import dev.schemata.diff.CommentTarget.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Casts, operators, operator classes, text search objects, conversions and indexes that stay as they are
 * but use something the plan drops (pg_depend tells): PostgreSQL refuses the drop while they exist, so they
 * are dropped before and created again after, and so, in turn, is what uses them (an index on a rebuilt
 * operator class, a configuration mapping a rebuilt dictionary).
 */
final class ObjectRebuilds {
    private final Catalog current;
    private final Catalog desired;
    private final List<Change> out;
    private final Set<ObjectId> gone = new HashSet<>();
    private final java.util.Map<ObjectId, List<ObjectId>> uses = new java.util.HashMap<>();

    private ObjectRebuilds(List<Change> changes, Catalog current, Catalog desired) {
        this.current = current;
        this.desired = desired;
        this.out = new ArrayList<>(changes);
        changes.forEach(this::note);
        current.dependencies().forEach(d -> uses.computeIfAbsent(d.dependent(), k -> new ArrayList<>())
                .add(d.referenced()));
    }

    static List<Change> apply(List<Change> changes, Catalog current, Catalog desired) {
        ObjectRebuilds rebuilds = new ObjectRebuilds(changes, current, desired);
        boolean more = !rebuilds.gone.isEmpty();
        while (more) {
            more = rebuilds.pass();
        }
        return rebuilds.out;
    }

    /** The object a change drops, of the kinds this pass or its users care about, or null. */
    static ObjectId dropped(Change change) {
        if (change instanceof Change.DropRoutine c) return ObjectId.of(c.routine());
        if (change instanceof Change.DropAggregate c) return ObjectId.of(c.aggregate());
        if (change instanceof Change.DropTable c) return ObjectId.of(ObjectKind.TABLE, c.table().name());
        if (change instanceof Change.DropEnum c) return ObjectId.of(ObjectKind.ENUM, c.type().name());
        if (change instanceof Change.RecreateEnum c) return ObjectId.of(ObjectKind.ENUM, c.from().name());
        if (change instanceof Change.RecreateRange c) return ObjectId.of(ObjectKind.RANGE_TYPE, c.from().name());
        if (change instanceof Change.DropDomain c) return ObjectId.of(ObjectKind.DOMAIN, c.domain().name());
        if (change instanceof Change.DropCompositeType c) {
            return ObjectId.of(ObjectKind.COMPOSITE_TYPE, c.type().name());
        }
        if (change instanceof Change.DropIndex c) return index(c.table(), c.index().name());
        if (change instanceof Change.DropConstraint c) return index(c.table(), c.constraint().name());
        return Change.droppedOperatorOrTextSearch(change);
    }

    static ObjectId index(QualifiedName table, String index) {
        return ObjectId.of(ObjectKind.INDEX, QualifiedName.of(table.schema(), index));
    }

    private void note(Change change) {
        ObjectId id = dropped(change);
        if (id != null) {
            gone.add(id);
        }
        QualifiedName relation = change instanceof Change.DropTable t ? t.table().name()
                : change instanceof Change.DropView v ? v.view().name() : null;
        if (relation != null) {
            current.table(relation).ifPresent(t -> t.indexes().forEach(i -> gone.add(index(relation, i.name()))));
            current.view(relation).ifPresent(v -> v.indexes().forEach(i -> gone.add(index(relation, i.name()))));
            current.table(relation).ifPresent(t -> t.constraints().forEach(k -> gone.add(index(relation, k.name()))));
        }
    }

    /** One round over every kind; true when it found something more to rebuild. */
    private boolean pass() {
        boolean found = false;
        for (Cast c : current.casts()) {
            found |= rebuild(ObjectId.of(c), desired.casts(), ObjectId::of, new Change.DropCast(c),
                    d -> OperatorDiff.addCast(d, out), OperatorDiff.target(c));
        }
        for (Operator o : current.operators()) {
            found |= rebuild(ObjectId.of(o), desired.operators(), ObjectId::of, new Change.DropOperator(o),
                    d -> OperatorDiff.addOperator(d, out), OperatorDiff.target(o));
        }
        for (OperatorFamily f : current.operatorFamilies()) {
            found |= rebuildMembers(f);
        }
        for (OperatorClass c : current.operatorClasses()) {
            found |= rebuild(ObjectId.of(c), desired.operatorClasses(), ObjectId::of, new Change.DropOperatorClass(c),
                    d -> OperatorDiff.addClass(d, out), OperatorDiff.target(c));
        }
        for (TextSearchDictionary t : current.textSearchDictionaries()) {
            found |= rebuild(id(t), desired.textSearchDictionaries(), ObjectRebuilds::id,
                    new Change.DropTextSearchDictionary(t), d -> TextSearchDiff.addDictionary(d, out),
                    CommentTarget.of(Kind.TEXT_SEARCH_DICTIONARY, t.name()));
        }
        for (TextSearchConfiguration t : current.textSearchConfigurations()) {
            found |= rebuild(id(t), desired.textSearchConfigurations(), ObjectRebuilds::id,
                    new Change.DropTextSearchConfiguration(t), d -> TextSearchDiff.addConfiguration(d, out),
                    CommentTarget.of(Kind.TEXT_SEARCH_CONFIGURATION, t.name()));
        }
        for (Conversion c : current.conversions()) {
            found |= rebuild(ObjectId.of(ObjectKind.CONVERSION, c.name()), desired.conversions(),
                    d -> ObjectId.of(ObjectKind.CONVERSION, d.name()), new Change.DropConversion(c),
                    d -> OperatorDiff.addConversion(d, out), CommentTarget.of(Kind.CONVERSION, c.name()));
        }
        for (Table t : current.tables()) {
            found |= rebuildIndexes(t);
        }
        for (Routine r : current.routines()) {
            found |= usesRecreatedRange(ObjectId.of(r)) && rebuild(ObjectId.of(r), desired.routines(), ObjectId::of,
                    new Change.DropRoutine(r), d -> ProgramDiff.addRoutine(d, out), ProgramDiff.target(r));
        }
        for (CompositeType t : current.compositeTypes()) {
            retypeAttributes(t);
        }
        for (Domain d : current.domains()) {
            found |= usesRecreatedRange(ObjectId.of(ObjectKind.DOMAIN, d.name())) && rebuild(
                    ObjectId.of(ObjectKind.DOMAIN, d.name()), desired.domains(),
                    w -> ObjectId.of(ObjectKind.DOMAIN, w.name()), new Change.DropDomain(d),
                    w -> TypeDiff.addDomain(w, out), TypeDiff.target(d));
        }
        return found;
    }

    /**
     * A composite type that stays keeps the old range type, set aside, in its attributes of a range type created
     * again (or of its multirange): they are altered to the new one, as PostgreSQL allows while no column uses the
     * composite type.
     */
    private void retypeAttributes(CompositeType type) {
        CompositeType kept = desired.compositeType(type.name()).orElse(null);
        if (kept == null || !usesRecreatedRange(ObjectId.of(ObjectKind.COMPOSITE_TYPE, type.name()))) {
            return;
        }
        List<QualifiedName> ranges = new ArrayList<>();
        gone.stream().filter(g -> g.kind() == ObjectKind.RANGE_TYPE).forEach(g -> {
            ranges.add(g.name());
            current.rangeType(g.name()).flatMap(dev.schemata.catalog.RangeType::multirange).ifPresent(ranges::add);
        });
        for (Column a : type.attributes()) {
            Column wanted = kept.attributes().stream().filter(k -> k.name().equals(a.name())).findFirst().orElse(null);
            if (wanted != null && ranges.stream().anyMatch(r -> ChangedColumns.isType(a.type(), r))
                    && out.stream().noneMatch(c -> c instanceof Change.AlterAttributeType t
                            && t.type().equals(type.name()) && t.attribute().name().equals(a.name()))) {
                out.add(new Change.AlterAttributeType(type.name(), wanted));
            }
        }
    }

    /**
     * Whether a routine or domain uses a range type created again: its signature or base type would name the old
     * one, set aside, which then cannot be dropped; so it is dropped before and created again after.
     */
    private boolean usesRecreatedRange(ObjectId id) {
        return uses.getOrDefault(id, List.of()).stream().anyMatch(u -> u.kind() == ObjectKind.RANGE_TYPE
                && gone.contains(u));
    }

    /**
     * Rebuilds one object if it uses something gone and the desired catalog has it: the changes the diff
     * made for it (all in place, as it would otherwise be gone already) give way to a drop and a create.
     */
    private <T> boolean rebuild(ObjectId id, List<T> wanted, Function<T, ObjectId> idOf, Change drop,
            java.util.function.Consumer<T> create, CommentTarget comment) {
        if (gone.contains(id) || !usesGone(id)) {
            return false;
        }
        T kept = wanted.stream().filter(w -> idOf.apply(w).equals(id)).findFirst().orElse(null);
        if (kept == null) {
            return false;
        }
        gone.add(id);
        out.removeIf(c -> isInPlaceChangeOf(c, id, comment));
        out.add(drop);
        create.accept(kept);
        return true;
    }

    /**
     * A family that stays but whose loose members use something gone: its members are dropped before and
     * added again after (the family itself stays, and with it its classes).
     */
    private boolean rebuildMembers(OperatorFamily family) {
        ObjectId id = ObjectId.of(family);
        OperatorFamily kept = desired.operatorFamilies().stream().filter(f -> ObjectId.of(f).equals(id))
                .findFirst().orElse(null);
        if (kept == null || gone.contains(id) || family.members().isEmpty() || !usesGone(id)) {
            return false;
        }
        gone.add(id);
        out.removeIf(c -> c instanceof Change.AddOperatorFamilyMembers a && ObjectId.of(a.family()).equals(id)
                || c instanceof Change.DropOperatorFamilyMembers d && ObjectId.of(d.family()).equals(id));
        out.add(new Change.DropOperatorFamilyMembers(family, family.members()));
        if (!kept.members().isEmpty()) {
            out.add(new Change.AddOperatorFamilyMembers(kept, kept.members()));
        }
        return true;
    }

    private boolean rebuildIndexes(Table table) {
        boolean found = false;
        Table wanted = desired.table(table.name()).orElse(null);
        for (Index i : table.indexes()) {
            ObjectId id = index(table.name(), i.name());
            Index kept = wanted == null ? null : wanted.index(i.name()).orElse(null);
            if (kept != null && !gone.contains(id) && usesGone(id)) {
                gone.add(id);
                CommentTarget comment = CommentTarget.member(Kind.INDEX, table.name(), i.name());
                out.removeIf(c -> c instanceof Change.SetComment s && s.target().equals(comment));
                out.add(new Change.DropIndex(table.name(), i));
                out.add(new Change.CreateIndex(table.name(), kept));
                Comments.added(comment, kept.comment(), out);
                found = true;
            }
        }
        for (Constraint k : table.constraints()) {
            ObjectId id = index(table.name(), k.name());
            Constraint kept = wanted == null ? null : wanted.constraint(k.name()).orElse(null);
            if (kept != null && !gone.contains(id) && usesGone(id)) {
                gone.add(id);
                CommentTarget comment = CommentTarget.member(Kind.CONSTRAINT, table.name(), k.name());
                out.removeIf(c -> c instanceof Change.SetComment s && s.target().equals(comment));
                out.add(new Change.DropConstraint(table.name(), k));
                out.add(new Change.AddConstraint(table.name(), kept));
                Comments.added(comment, kept.comment(), out);
                found = true;
            }
        }
        return found;
    }

    private boolean usesGone(ObjectId id) {
        return uses.getOrDefault(id, List.of()).stream().anyMatch(gone::contains);
    }

    private static boolean isInPlaceChangeOf(Change change, ObjectId id, CommentTarget comment) {
        return change instanceof Change.SetComment s && (s.target().equals(comment)
                        || id.kind() == ObjectKind.DOMAIN && s.target().kind() == Kind.DOMAIN_CONSTRAINT
                                && s.target().objectName().equals(id.name()))
                || change instanceof Change.ReplaceRoutine r && ObjectId.of(r.to()).equals(id)
                || id.kind() == ObjectKind.DOMAIN && id.name().equals(domainChanged(change))
                || change instanceof Change.SetOperatorEstimators e && ObjectId.of(e.operator()).equals(id)
                || change instanceof Change.AlterTextSearchDictionary a
                        && id.equals(ObjectId.of(ObjectKind.TEXT_SEARCH_DICTIONARY, a.dictionary()))
                || change instanceof Change.AlterTextSearchMapping m
                        && id.equals(ObjectId.of(ObjectKind.TEXT_SEARCH_CONFIGURATION, m.configuration()));
    }

    /** The domain an in-place change alters, or null. */
    private static QualifiedName domainChanged(Change change) {
        if (change instanceof Change.SetDomainDefault c) return c.domain();
        if (change instanceof Change.SetDomainNotNull c) return c.domain();
        if (change instanceof Change.AddDomainConstraint c) return c.domain();
        if (change instanceof Change.DropDomainConstraint c) return c.domain();
        return null;
    }

    private static ObjectId id(TextSearchDictionary d) {
        return ObjectId.of(ObjectKind.TEXT_SEARCH_DICTIONARY, d.name());
    }

    private static ObjectId id(TextSearchConfiguration c) {
        return ObjectId.of(ObjectKind.TEXT_SEARCH_CONFIGURATION, c.name());
    }
}

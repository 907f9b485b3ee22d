package dev.schemata.catalog;

import java.util.Comparator;
import java.util.Objects;

/**
 * The identity of an object across kinds: what a {@link Dependency} names.
 *
 * @param kind what kind of object it is
 * @param name its schema-qualified name
 * @param argumentTypes for a {@link ObjectKind#ROUTINE} or {@link ObjectKind#AGGREGATE}, its input argument
 *     types as in {@link Routine#argumentTypes()}; for an {@link ObjectKind#OPERATOR}, its operand types as in
 *     {@link Operator#operandTypes()}; for an operator class or family, its access method; null for every
 *     other kind
 */
public record ObjectId(ObjectKind kind, QualifiedName name, String argumentTypes) implements Comparable<ObjectId> {
    private static final Comparator<ObjectId> ORDER = Comparator.comparing(ObjectId::kind)
            .thenComparing(ObjectId::name)
            .thenComparing(ObjectId::argumentTypes, Comparator.nullsFirst(Comparator.naturalOrder()));

    public ObjectId {
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(name, "name == null");
        if (kind.hasArguments() != (argumentTypes != null)) {
            throw new IllegalArgumentException("argumentTypes must be given for a routine, aggregate, operator,"
                    + " operator class or family and only for those: " + kind + " " + name + " " + argumentTypes);
        }
    }

    public static ObjectId of(ObjectKind kind, QualifiedName name) {
        return new ObjectId(kind, name, null);
    }

    public static ObjectId of(Routine routine) {
        return new ObjectId(ObjectKind.ROUTINE, routine.name(), routine.argumentTypes());
    }

    public static ObjectId of(Aggregate aggregate) {
        return new ObjectId(ObjectKind.AGGREGATE, aggregate.name(), aggregate.argumentTypes());
    }

    public static ObjectId of(Operator operator) {
        return new ObjectId(ObjectKind.OPERATOR, operator.name(), operator.operandTypes());
    }

    public static ObjectId of(OperatorClass opclass) {
        return new ObjectId(ObjectKind.OPERATOR_CLASS, opclass.name(), opclass.method());
    }

    public static ObjectId of(OperatorFamily family) {
        return new ObjectId(ObjectKind.OPERATOR_FAMILY, family.name(), family.method());
    }

    public static ObjectId of(Cast cast) {
        return new ObjectId(ObjectKind.CAST, QualifiedName.of("", cast.sqlSignature()), null);
    }

    @Override
    public int compareTo(ObjectId other) {
        return ORDER.compare(this, other);
    }

    /** For example {@code view app.in_stock} or {@code routine app.add(integer, integer)}. */
    @Override
    public String toString() {
        return kind.words() + " " + (name.schema().isEmpty() ? name.name() : name.toString()) + (argumentTypes == null ? "" : "(" + argumentTypes + ")");
    }
}

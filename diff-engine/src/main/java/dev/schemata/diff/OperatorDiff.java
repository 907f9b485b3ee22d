package dev.schemata.diff;

import dev.schemata.catalog.Cast;
import dev.schemata.catalog.Conversion;
import dev.schemata.catalog.Operator;
import dev.schemata.catalog.OperatorClass;
import dev.schemata.catalog.OperatorFamily;
import dev.schemata.diff.CommentTarget.Kind;
import java.util.List;
import java.util.Objects;

/**
 * Casts, operators, operator families and classes, and conversions. PostgreSQL alters none of them in place
 * but an operator's estimators: any other change means drop and create.
 */
final class OperatorDiff {
    private OperatorDiff() {}

    static void addCast(Cast c, List<Change> out) {
        out.add(new Change.CreateCast(c));
        Comments.added(target(c), c.comment(), out);
    }

    static void compareCasts(Cast from, Cast to, List<Change> out) {
        if (!from.definition().equals(to.definition())) {
            out.add(new Change.DropCast(from));
            addCast(to, out);
        } else {
            Comments.compare(target(to), from.comment(), to.comment(), out);
        }
    }

    static void addOperator(Operator o, List<Change> out) {
        out.add(new Change.CreateOperator(o));
        Comments.added(target(o), o.comment(), out);
    }

    static void compareOperators(Operator from, Operator to, List<Change> out) {
        if (!from.options().equals(to.options())) {
            out.add(new Change.DropOperator(from));
            addOperator(to, out);
            return;
        }
        if (!Objects.equals(from.restrict(), to.restrict()) || !Objects.equals(from.join(), to.join())) {
            out.add(new Change.SetOperatorEstimators(to));
        }
        Comments.compare(target(to), from.comment(), to.comment(), out);
    }

    static void addFamily(OperatorFamily f, List<Change> out) {
        out.add(new Change.CreateOperatorFamily(f));
        if (!f.members().isEmpty()) {
            out.add(new Change.AddOperatorFamilyMembers(f, f.members()));
        }
        Comments.added(target(f), f.comment(), out);
    }

    /** Loose members are dropped and added in place; a member with a new definition is both. */
    static void compareFamilies(OperatorFamily from, OperatorFamily to, List<Change> out) {
        List<OperatorFamily.Member> dropped = from.members().stream().filter(m -> !to.members().contains(m)).toList();
        List<OperatorFamily.Member> added = to.members().stream().filter(m -> !from.members().contains(m)).toList();
        if (!dropped.isEmpty()) {
            out.add(new Change.DropOperatorFamilyMembers(from, dropped));
        }
        if (!added.isEmpty()) {
            out.add(new Change.AddOperatorFamilyMembers(to, added));
        }
        Comments.compare(target(to), from.comment(), to.comment(), out);
    }

    static void addClass(OperatorClass c, List<Change> out) {
        out.add(new Change.CreateOperatorClass(c));
        Comments.added(target(c), c.comment(), out);
    }

    static void compareClasses(OperatorClass from, OperatorClass to, List<Change> out) {
        if (!from.definition().equals(to.definition())) {
            out.add(new Change.DropOperatorClass(from));
            addClass(to, out);
        } else {
            Comments.compare(target(to), from.comment(), to.comment(), out);
        }
    }

    static void addConversion(Conversion c, List<Change> out) {
        out.add(new Change.CreateConversion(c));
        Comments.added(CommentTarget.of(Kind.CONVERSION, c.name()), c.comment(), out);
    }

    static void compareConversions(Conversion from, Conversion to, List<Change> out) {
        if (!from.definition().equals(to.definition())) {
            out.add(new Change.DropConversion(from));
            addConversion(to, out);
        } else {
            Comments.compare(CommentTarget.of(Kind.CONVERSION, to.name()), from.comment(), to.comment(), out);
        }
    }

    static CommentTarget target(Cast c) {
        return new CommentTarget(Kind.CAST, "", c.sqlSignature(), null);
    }

    static CommentTarget target(Operator o) {
        return CommentTarget.member(Kind.OPERATOR, o.name(), o.operandTypes());
    }

    static CommentTarget target(OperatorFamily f) {
        return CommentTarget.member(Kind.OPERATOR_FAMILY, f.name(), f.method());
    }

    static CommentTarget target(OperatorClass c) {
        return CommentTarget.member(Kind.OPERATOR_CLASS, c.name(), c.method());
    }
}

package dev.schemata.catalog;

import java.util.Comparator;
import java.util.Objects;

/**
 * A user-defined operator ({@code CREATE OPERATOR}); shell operators (named as a commutator or negator but
 * never defined) are left out.
 *
 * @param name the schema-qualified name, for example {@code app.===}; overloads share it
 * @param leftType the left operand type as {@code format_type} prints it, or {@code NONE} for a prefix operator
 * @param rightType the right operand type; with the name and left type, the identity
 * @param options what {@code CREATE OPERATOR} says in parentheses except the estimators, for example
 *     {@code FUNCTION = app.eq(app.money, app.money), LEFTARG = app.money, RIGHTARG = app.money,
 *     COMMUTATOR = OPERATOR(app.===), HASHES}
 * @param restrict the restriction selectivity function, or null
 * @param join the join selectivity function, or null
 * @param comment the comment, or null
 */
public record Operator(
        QualifiedName name, String leftType, String rightType, String options, String restrict, String join,
        String comment) {

    /** Sorts operators by name, then operand types. */
    public static final Comparator<Operator> ORDER = Comparator.comparing(Operator::name)
            .thenComparing(Operator::leftType).thenComparing(Operator::rightType);

    public Operator {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(leftType, "leftType == null");
        Objects.requireNonNull(rightType, "rightType == null");
        Objects.requireNonNull(options, "options == null");
    }

    /** The operand types, for example {@code app.money, app.money} or {@code NONE, integer}. */
    public String operandTypes() {
        return leftType + ", " + rightType;
    }

    /** The operator as DROP, ALTER and COMMENT name it, for example {@code app.===(app.money, app.money)}. */
    public String sqlSignature() {
        return Identifiers.quote(name.schema()) + "." + name.name() + "(" + operandTypes() + ")";
    }
}

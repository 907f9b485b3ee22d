package dev.schemata.codegen;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.expression.ArrayConstructor;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;

/**
 * Reads the terms of a check expression as PostgreSQL prints it: columns, number and string constants,
 * {@code ARRAY[...]} lists and length functions, through the parentheses and casts it adds. A cast is
 * looked through only where it cannot change the value: a column widened to {@code numeric} or
 * {@code bigint}, text to {@code text}, a constant to its own kind of type.
 */
final class CheckTerms {
    private static final Set<String> TEXT_TYPES = Set.of("text", "character varying", "varchar");
    private static final Set<String> INTEGER_TYPES =
            Set.of("smallint", "integer", "bigint", "int2", "int4", "int8", "int");
    private static final Set<String> LENGTH_FUNCTIONS = Set.of("char_length", "character_length", "length");

    private final Map<String, ValueKind> columns;

    CheckTerms(Map<String, ValueKind> columns) {
        this.columns = columns;
    }

    /** The column a term reads unchanged, if it is one of the table's with a translatable kind. */
    Optional<String> column(Expression term) {
        Expression e = unwrap(term);
        if (e instanceof CastExpression cast) {
            Optional<String> inner = column(cast.getLeftExpression());
            String type = castType(cast);
            return inner.filter(c -> switch (columns.get(c)) {
                case INTEGER -> type.equals("numeric") || type.equals("bigint");
                case DECIMAL -> type.equals("numeric");
                case TEXT -> TEXT_TYPES.contains(type);
                case OTHER -> false;
            });
        }
        if (e instanceof Column column && column.getTable() == null) {
            String name = column.getUnquotedColumnName();
            return columns.containsKey(name) && columns.get(name) != ValueKind.OTHER
                    ? Optional.of(name) : Optional.empty();
        }
        return Optional.empty();
    }

    ValueKind kind(String column) {
        return columns.get(column);
    }

    /** The text column whose length a term measures: {@code char_length(c)}, {@code length(c)}. */
    Optional<String> lengthOf(Expression term) {
        if (unwrap(term) instanceof Function f && f.getName() != null
                && LENGTH_FUNCTIONS.contains(f.getName().toLowerCase(Locale.ROOT))
                && f.getParameters() != null && f.getParameters().size() == 1) {
            return column((Expression) f.getParameters().get(0)).filter(c -> columns.get(c) == ValueKind.TEXT);
        }
        return Optional.empty();
    }

    /** A number constant: {@code 5}, {@code 0.5}, {@code -1}, {@code (0)::numeric}, {@code '-1'::integer}. */
    static Optional<BigDecimal> number(Expression term) {
        Expression e = unwrap(term);
        if (e instanceof LongValue || e instanceof DoubleValue) {
            return parse(e.toString());
        }
        if (e instanceof SignedExpression signed && (signed.getSign() == '-' || signed.getSign() == '+')) {
            return number(signed.getExpression()).map(n -> signed.getSign() == '-' ? n.negate() : n);
        }
        if (e instanceof CastExpression cast) {
            String type = castType(cast);
            Expression inner = unwrap(cast.getLeftExpression());
            Optional<BigDecimal> value = inner instanceof StringValue s && s.getPrefix() == null
                    ? parse(s.getNotExcapedValue()) : number(inner);
            if (type.equals("numeric")) {
                return value;
            }
            // A cast to an integer type rounds; only an integral constant passes through it unchanged.
            return INTEGER_TYPES.contains(type) ? value.filter(CheckTerms::integral) : Optional.empty();
        }
        return Optional.empty();
    }

    /** A string constant, plain or cast to a text type: {@code 'new'::text}. */
    static Optional<String> string(Expression term) {
        Expression e = unwrap(term);
        if (e instanceof CastExpression cast && TEXT_TYPES.contains(castType(cast))) {
            return string(cast.getLeftExpression());
        }
        if (e instanceof StringValue s && s.getPrefix() == null) {
            return Optional.of(s.getNotExcapedValue());
        }
        return Optional.empty();
    }

    /** The strings of {@code ARRAY['a'::text, 'b'::text]}, also cast to {@code text[]} as a whole. */
    static Optional<List<String>> stringArray(Expression term) {
        Expression e = unwrap(term);
        if (e instanceof CastExpression cast && castType(cast).endsWith("[]")
                && TEXT_TYPES.contains(castType(cast).replace("[]", ""))) {
            return stringArray(cast.getLeftExpression());
        }
        if (e instanceof ArrayConstructor array && array.getExpressions() != null) {
            return strings(array.getExpressions());
        }
        return Optional.empty();
    }

    static Optional<List<String>> strings(ExpressionList<?> list) {
        List<String> values = new ArrayList<>();
        for (Expression item : list) {
            Optional<String> value = string(item);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.add(value.get());
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(values);
    }

    /** Drops the parentheses around a single expression. */
    static Expression unwrap(Expression term) {
        Expression e = term;
        while (e instanceof ParenthesedExpressionList<?> list && list.size() == 1) {
            e = (Expression) list.get(0);
        }
        return e;
    }

    /** The target type of a cast, lowercase, {@code []} per array level; modifiers make it untranslatable. */
    private static String castType(CastExpression cast) {
        var type = cast.getColDataType();
        if (type.getArgumentsStringList() != null && !type.getArgumentsStringList().isEmpty()) {
            return "?";
        }
        String name = type.getDataType().toLowerCase(Locale.ROOT).strip();
        return name + "[]".repeat(type.getArrayData() == null ? 0 : type.getArrayData().size());
    }

    private static Optional<BigDecimal> parse(String text) {
        try {
            return Optional.of(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean integral(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }
}

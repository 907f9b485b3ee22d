package dev.schemata.codegen;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.RegExpMatchOperator;
import net.sf.jsqlparser.expression.operators.relational.RegExpMatchOperatorType;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;

/**
 * Translates a CHECK expression, as PostgreSQL prints it, into facts about single columns. The expression
 * is split at its top-level ANDs; each part that compares one column of the table with constants becomes
 * a fact, and every other part is left out. That is sound: when the check passes, no part is false, and a
 * part about one column is null only when that column is, where Bean Validation constraints pass too.
 *
 * <p>Translated parts: {@code c > 0}, {@code >=}, {@code <}, {@code <=}, {@code =} (either side) and
 * {@code c BETWEEN a AND b} on integer and numeric columns; the same on {@code char_length(c)},
 * {@code character_length(c)} or {@code length(c)} of a text column (a length); {@code c ~ 're'} and
 * {@code ~*} (see {@link PostgresRegex}); {@code c = 'a'}, {@code c IN ('a', 'b')} and PostgreSQL's form
 * of the latter, {@code c = ANY (ARRAY['a'::text, 'b'::text])}, on text columns: the regex {@code a|b}, each
 * literal quoted unless it holds only letters, digits, blanks, {@code _} and {@code -}.
 */
final class CheckTranslator {
    private static final Pattern PLAIN_LITERAL = Pattern.compile("[\\p{L}\\p{N} _-]*");

    private final CheckTerms terms;

    private CheckTranslator(Map<String, ValueKind> columns) {
        this.terms = new CheckTerms(columns);
    }

    /** The facts of one check, by column name; empty when it does not parse or nothing translates. */
    static Map<String, ColumnChecks> translate(String expression, Map<String, ValueKind> columns) {
        return translate(parse(expression), columns);
    }

    /** A check expression parsed, or empty when it does not parse: the parse is what costs, so callers may keep it. */
    static Optional<Expression> parse(String expression) {
        try {
            return Optional.of(CCJSqlParserUtil.parseCondExpression(expression));
        } catch (JSQLParserException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The facts of one parsed check (not changed by reading it), by column name. */
    static Map<String, ColumnChecks> translate(Optional<Expression> expression, Map<String, ValueKind> columns) {
        if (expression.isEmpty()) {
            return Map.of();
        }
        Expression parsed = expression.get();
        CheckTranslator translator = new CheckTranslator(columns);
        Map<String, ColumnChecks> facts = new LinkedHashMap<>();
        for (Expression part : conjuncts(parsed)) {
            translator.fact(part).ifPresent(f -> facts.merge(f.column(), f.checks(), ColumnChecks::and));
        }
        return facts;
    }

    private record Fact(String column, ColumnChecks checks) {}

    private static List<Expression> conjuncts(Expression expression) {
        Expression e = CheckTerms.unwrap(expression);
        List<Expression> parts = new ArrayList<>();
        if (e instanceof AndExpression and) {
            parts.addAll(conjuncts(and.getLeftExpression()));
            parts.addAll(conjuncts(and.getRightExpression()));
        } else {
            parts.add(e);
        }
        return parts;
    }

    private Optional<Fact> fact(Expression part) {
        if (part instanceof ComparisonOperator comparison) {
            return comparison(comparison);
        }
        if (part instanceof Between between && !between.isNot()) {
            return between(between);
        }
        if (part instanceof RegExpMatchOperator match) {
            return regex(match);
        }
        if (part instanceof InExpression in && !in.isNot()
                && in.getRightExpression() instanceof ExpressionList<?> list) {
            return terms.column(in.getLeftExpression()).filter(c -> terms.kind(c) == ValueKind.TEXT)
                    .flatMap(c -> CheckTerms.strings(list).map(values -> new Fact(c, oneOf(values))));
        }
        return Optional.empty();
    }

    private Optional<Fact> comparison(ComparisonOperator comparison) {
        Expression left = comparison.getLeftExpression();
        Expression right = comparison.getRightExpression();
        String operator = operator(comparison);
        if (operator == null) {
            return Optional.empty();
        }
        if (operator.equals("=")) {
            Optional<Fact> text = textEquality(left, right).or(() -> textEquality(right, left));
            if (text.isPresent()) {
                return text;
            }
        }
        return bound(left, operator, right).or(() -> bound(right, flip(operator), left));
    }

    /** {@code c = 'a'} or {@code c = ANY (ARRAY['a', 'b'])} on a text column. */
    private Optional<Fact> textEquality(Expression columnSide, Expression valueSide) {
        Optional<String> column = terms.column(columnSide).filter(c -> terms.kind(c) == ValueKind.TEXT);
        if (column.isEmpty()) {
            return Optional.empty();
        }
        Optional<List<String>> values = CheckTerms.string(valueSide).map(List::of);
        if (values.isEmpty() && CheckTerms.unwrap(valueSide) instanceof Function any && "ANY".equalsIgnoreCase(
                any.getName()) && any.getParameters() != null && any.getParameters().size() == 1) {
            values = CheckTerms.stringArray((Expression) any.getParameters().get(0));
        }
        return values.map(v -> new Fact(column.get(), oneOf(v)));
    }

    /** {@code subject operator constant}, the subject a number column or the length of a text column. */
    private Optional<Fact> bound(Expression subject, String operator, Expression constant) {
        Optional<BigDecimal> value = CheckTerms.number(constant);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> column = terms.column(subject)
                .filter(c -> terms.kind(c) == ValueKind.INTEGER || terms.kind(c) == ValueKind.DECIMAL);
        if (column.isPresent()) {
            return Optional.of(new Fact(column.get(), valueBound(operator, value.get())));
        }
        return terms.lengthOf(subject)
                .flatMap(c -> lengthBound(operator, value.get()).map(checks -> new Fact(c, checks)));
    }

    private Optional<Fact> between(Between between) {
        Optional<BigDecimal> low = CheckTerms.number(between.getBetweenExpressionStart());
        Optional<BigDecimal> high = CheckTerms.number(between.getBetweenExpressionEnd());
        if (low.isEmpty() || high.isEmpty()) {
            return Optional.empty();
        }
        Optional<Fact> lower = bound(between.getLeftExpression(), ">=", between.getBetweenExpressionStart());
        Optional<Fact> upper = bound(between.getLeftExpression(), "<=", between.getBetweenExpressionEnd());
        return lower.flatMap(l -> upper.map(u -> new Fact(l.column(), l.checks().and(u.checks()))));
    }

    private Optional<Fact> regex(RegExpMatchOperator match) {
        RegExpMatchOperatorType type = match.getOperatorType();
        boolean ignoreCase = type == RegExpMatchOperatorType.MATCH_CASEINSENSITIVE;
        if (type != RegExpMatchOperatorType.MATCH_CASESENSITIVE && !ignoreCase) {
            return Optional.empty();
        }
        Optional<String> column = terms.column(match.getLeftExpression()).filter(c -> terms.kind(c) == ValueKind.TEXT);
        return column.flatMap(c -> CheckTerms.string(match.getRightExpression())
                .flatMap(re -> PostgresRegex.toJava(re, ignoreCase))
                .map(java -> new Fact(c, ColumnChecks.pattern(java))));
    }

    private static ColumnChecks valueBound(String operator, BigDecimal value) {
        return switch (operator) {
            case ">" -> ColumnChecks.lowerBound(value, false);
            case ">=" -> ColumnChecks.lowerBound(value, true);
            case "<" -> ColumnChecks.upperBound(value, false);
            case "<=" -> ColumnChecks.upperBound(value, true);
            default -> ColumnChecks.lowerBound(value, true).and(ColumnChecks.upperBound(value, true));
        };
    }

    /** A length bound in whole characters: {@code > 0.5} is at least 1. */
    private static Optional<ColumnChecks> lengthBound(String operator, BigDecimal value) {
        ColumnChecks.Bound lower = valueBound(operator, value).lower();
        ColumnChecks.Bound upper = valueBound(operator, value).upper();
        Long min = lower == null ? null : IntegerBounds.least(lower);
        Long max = upper == null ? null : IntegerBounds.greatest(upper);
        if ((lower != null && (min == null || min > Integer.MAX_VALUE))
                || (upper != null && (max == null || max < 0 || max > Integer.MAX_VALUE))) {
            return Optional.empty();
        }
        Integer minLength = min == null || min <= 0 ? null : Integer.valueOf(min.intValue());
        Integer maxLength = max == null ? null : Integer.valueOf(max.intValue());
        return minLength == null && maxLength == null ? Optional.empty()
                : Optional.of(ColumnChecks.length(minLength, maxLength));
    }

    private static ColumnChecks oneOf(List<String> values) {
        return ColumnChecks.pattern(values.stream()
                .map(v -> PLAIN_LITERAL.matcher(v).matches() ? v : Pattern.quote(v))
                .collect(Collectors.joining("|")));
    }

    private static String operator(ComparisonOperator comparison) {
        if (comparison instanceof GreaterThan) {
            return ">";
        }
        if (comparison instanceof GreaterThanEquals) {
            return ">=";
        }
        if (comparison instanceof MinorThan) {
            return "<";
        }
        if (comparison instanceof MinorThanEquals) {
            return "<=";
        }
        return comparison instanceof EqualsTo ? "=" : null;
    }

    private static String flip(String operator) {
        return switch (operator) {
            case ">" -> "<";
            case ">=" -> "<=";
            case "<" -> ">";
            case "<=" -> ">=";
            default -> operator;
        };
    }
}

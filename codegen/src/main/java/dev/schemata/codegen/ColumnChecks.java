package dev.schemata.codegen;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What the CHECK constraints of a table say about one column's values: bounds on the value, on the text
 * length, and regular expressions (in Java syntax, to match the whole value). Each fact is implied by a
 * check, so a value the database accepts passes every annotation made from it.
 *
 * @param lower the lower bound of the value, or null
 * @param upper the upper bound of the value, or null
 * @param minLength the least text length, or null
 * @param maxLength the greatest text length, or null
 * @param patterns the regular expressions the whole value matches, in check order
 */
record ColumnChecks(Bound lower, Bound upper, Integer minLength, Integer maxLength, List<String> patterns) {
    static final ColumnChecks NONE = new ColumnChecks(null, null, null, null, List.of());

    ColumnChecks {
        patterns = List.copyOf(patterns);
    }

    /** A bound of a value; an exclusive bound is not itself allowed. */
    record Bound(BigDecimal value, boolean inclusive) {}

    static ColumnChecks lowerBound(BigDecimal value, boolean inclusive) {
        return new ColumnChecks(new Bound(value, inclusive), null, null, null, List.of());
    }

    static ColumnChecks upperBound(BigDecimal value, boolean inclusive) {
        return new ColumnChecks(null, new Bound(value, inclusive), null, null, List.of());
    }

    static ColumnChecks length(Integer min, Integer max) {
        return new ColumnChecks(null, null, min, max, List.of());
    }

    static ColumnChecks pattern(String regex) {
        return new ColumnChecks(null, null, null, null, List.of(regex));
    }

    /** Both facts at once: the tighter bound of each pair, all patterns. */
    ColumnChecks and(ColumnChecks other) {
        List<String> both = new ArrayList<>(patterns);
        other.patterns.stream().filter(p -> !both.contains(p)).forEach(both::add);
        return new ColumnChecks(tighter(lower, other.lower, 1), tighter(upper, other.upper, -1),
                larger(minLength, other.minLength), smaller(maxLength, other.maxLength), both);
    }

    /** {@code direction} 1: the larger value is tighter (a lower bound); -1: the smaller. */
    private static Bound tighter(Bound a, Bound b, int direction) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        int order = a.value().compareTo(b.value()) * direction;
        if (order != 0) {
            return order > 0 ? a : b;
        }
        return a.inclusive() ? b : a;
    }

    private static Integer larger(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(Math.max(a, b));
    }

    private static Integer smaller(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(Math.min(a, b));
    }
}

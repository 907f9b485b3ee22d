package dev.schemata.codegen;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The whole numbers a bound allows at its edge: {@code > 0.5} allows 1 and up, {@code < 3} up to 2. */
final class IntegerBounds {
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private IntegerBounds() {}

    /** The least whole number above a lower bound, or null when it is outside the long range. */
    static Long least(ColumnChecks.Bound lower) {
        BigDecimal ceiling = lower.value().setScale(0, RoundingMode.CEILING);
        boolean excluded = !lower.inclusive() && ceiling.compareTo(lower.value()) == 0;
        return inRange(excluded ? ceiling.add(BigDecimal.ONE) : ceiling);
    }

    /** The greatest whole number below an upper bound, or null when it is outside the long range. */
    static Long greatest(ColumnChecks.Bound upper) {
        BigDecimal floor = upper.value().setScale(0, RoundingMode.FLOOR);
        boolean excluded = !upper.inclusive() && floor.compareTo(upper.value()) == 0;
        return inRange(excluded ? floor.subtract(BigDecimal.ONE) : floor);
    }

    private static Long inRange(BigDecimal value) {
        return value.compareTo(LONG_MIN) < 0 || value.compareTo(LONG_MAX) > 0 ? null : value.longValueExact();
    }
}

package org.sahelsim.scenario;

import java.math.BigDecimal;
import org.sahelsim.model.Param;

/**
 * The range a numeric component accepts: its {@code @Param(min, max)} narrowed to what the Java
 * type can hold. The loader and the schema generator both take their bounds from here, so an
 * {@code int} without a declared maximum still rejects 3000000000 in both.
 *
 * @param min inclusive lower bound, null when open
 * @param max inclusive upper bound, null when open
 */
record NumberBounds(BigDecimal min, BigDecimal max) {

    static NumberBounds of(Class<?> type, Param param) {
        double min = param == null ? Double.NEGATIVE_INFINITY : param.min();
        double max = param == null ? Double.POSITIVE_INFINITY : param.max();
        BigDecimal lo = Double.isInfinite(min) ? null : BigDecimal.valueOf(min);
        BigDecimal hi = Double.isInfinite(max) ? null : BigDecimal.valueOf(max);
        if (type == int.class || type == Integer.class) {
            return new NumberBounds(tighter(lo, Integer.MIN_VALUE, true), tighter(hi, Integer.MAX_VALUE, false));
        }
        if (type == long.class || type == Long.class) {
            return new NumberBounds(tighter(lo, Long.MIN_VALUE, true), tighter(hi, Long.MAX_VALUE, false));
        }
        return new NumberBounds(lo, hi);
    }

    private static BigDecimal tighter(BigDecimal declared, long typeLimit, boolean lower) {
        BigDecimal limit = BigDecimal.valueOf(typeLimit);
        if (declared == null) {
            return limit;
        }
        return lower ? declared.max(limit) : declared.min(limit);
    }

    boolean contains(BigDecimal value) {
        return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
    }

    /** {@code 100} rather than {@code 100.0}; {@code open} (inf, -inf) for a missing bound. */
    static String format(BigDecimal value, String open) {
        if (value == null) {
            return open;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 0 ? stripped.toBigInteger().toString() : stripped.toPlainString();
    }
}

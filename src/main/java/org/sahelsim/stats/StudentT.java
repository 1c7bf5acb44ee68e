package org.sahelsim.stats;

import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.TDistribution;

/** Critical values of Student's t distribution, cached per degrees of freedom. */
public final class StudentT {
    private static final ConcurrentHashMap<Integer, Double> CRITICAL_95 = new ConcurrentHashMap<>();

    private StudentT() {
    }

    /**
     * The 0.975 quantile of t with {@code df} degrees of freedom: the multiplier of the
     * standard error in a two-sided 95% interval. For example 12.706 at df 1, 2.776 at df 4,
     * 2.045 at df 29.
     *
     * @param df degrees of freedom, 1 or more
     */
    public static double critical95(int df) {
        if (df < 1) {
            throw new IllegalArgumentException("degrees of freedom must be at least 1, got " + df);
        }
        // No random generator: only the quantile is needed, and Commons Math would otherwise
        // seed a fresh Well19937c from the clock on every construction.
        return CRITICAL_95.computeIfAbsent(df, d -> new TDistribution(null, d).inverseCumulativeProbability(0.975));
    }
}

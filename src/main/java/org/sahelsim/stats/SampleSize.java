package org.sahelsim.stats;

/**
 * How many replicates give a 95% confidence interval of a chosen half-width: the smallest
 * {@code n >= 2} with {@code t(0.975, n-1) · sd / sqrt(n) <= halfWidth}.
 *
 * <p>For a comparison of arms on common seeds, pass the standard deviation of the paired
 * differences (from a pilot batch), not of either arm: that is the spread the interval of the
 * difference is built from, and it is usually much smaller.
 *
 * @param replicates the number of replicates, 2 or more; equal to the cap when {@code capped}
 * @param capped     true if even the cap does not reach the half-width; the answer is then
 *                   only "more than the cap"
 */
public record SampleSize(int replicates, boolean capped) {
    /** Default upper limit of the search. */
    public static final int DEFAULT_CAP = 100_000;

    /** 0.975 quantile of the standard normal: t never falls below it. */
    private static final double Z_975 = 1.959963984540054;

    public SampleSize {
        if (replicates < 2) {
            throw new IllegalArgumentException("replicates must be at least 2, got " + replicates);
        }
    }

    /** Replicates for {@code halfWidth} given {@code sd}, searching up to {@link #DEFAULT_CAP}. */
    public static SampleSize forHalfWidth(double sd, double halfWidth) {
        return forHalfWidth(sd, halfWidth, DEFAULT_CAP);
    }

    /**
     * @param sd        standard deviation of one replicate's value, finite and 0 or more, in
     *                  the metric's unit
     * @param halfWidth the wanted half-width of the 95% interval, finite and above 0, same unit
     * @param cap       largest replicate count considered, 2 or more
     */
    public static SampleSize forHalfWidth(double sd, double halfWidth, int cap) {
        if (!(Double.isFinite(sd) && sd >= 0)) {
            throw new IllegalArgumentException("sd must be finite and at least 0, got " + sd);
        }
        if (!(Double.isFinite(halfWidth) && halfWidth > 0)) {
            throw new IllegalArgumentException("halfWidth must be finite and above 0, got " + halfWidth);
        }
        if (cap < 2) {
            throw new IllegalArgumentException("cap must be at least 2, got " + cap);
        }
        // t(0.975, n-1) > z, so no n below (z·sd/h)² can qualify: start the search there (one
        // below, against rounding) instead of at 2. The condition is monotone in n.
        double normalBound = Math.floor(Math.pow(Z_975 * sd / halfWidth, 2)) - 1;
        if (normalBound >= cap) {
            return new SampleSize(cap, true);
        }
        for (int n = (int) Math.max(2, normalBound); n <= cap; n++) {
            if (achievedHalfWidth(sd, n) <= halfWidth) {
                return new SampleSize(n, false);
            }
        }
        return new SampleSize(cap, true);
    }

    /** Half-width of the 95% interval that {@code n} replicates give when the SD is {@code sd}. */
    public static double achievedHalfWidth(double sd, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("n must be at least 2, got " + n);
        }
        return StudentT.critical95(n - 1) * sd / Math.sqrt(n);
    }
}

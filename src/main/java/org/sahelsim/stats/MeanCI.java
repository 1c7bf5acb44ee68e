package org.sahelsim.stats;

/**
 * A sample mean with its two-sided 95% Student t confidence interval:
 * {@code mean ± t(0.975, n-1) · sd / sqrt(n)}.
 *
 * <p>With a single replicate ({@code n == 1}) the standard deviation, the half-width and both
 * bounds are NaN: one value says nothing about spread. With zero spread the half-width is 0.
 *
 * @param n    number of values (replicates), 1 or more
 * @param mean sample mean, finite
 * @param sd   sample standard deviation (divisor n-1), finite and 0 or more; NaN exactly when
 *             {@code n == 1}
 */
public record MeanCI(int n, double mean, double sd) {
    public MeanCI {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, got " + n);
        }
        Checks.finite(mean, "mean");
        if (n == 1 && !Double.isNaN(sd)) {
            throw new IllegalArgumentException("sd of a single value is undefined and must be NaN, got " + sd);
        }
        if (n > 1 && !(Double.isFinite(sd) && sd >= 0)) {
            throw new IllegalArgumentException("sd must be finite and at least 0, got " + sd);
        }
    }

    /** Mean and interval of {@code values}, folded in array order (see the package notes). */
    public static MeanCI of(double... values) {
        return Welford.of(Checks.finiteSample(values, "values")).meanCI();
    }

    /**
     * One interval per column of a replicate-by-column table, for example the weekly series of
     * each replicate: {@code byReplicate[r][t]} is replicate r's value at time t. Rows are folded
     * in the order given, which should be replicate order.
     */
    public static MeanCI[] ofColumns(double[][] byReplicate) {
        if (byReplicate.length == 0) {
            throw new IllegalArgumentException("need at least one replicate");
        }
        int width = byReplicate[0].length;
        Welford[] cols = new Welford[width];
        for (int t = 0; t < width; t++) {
            cols[t] = new Welford();
        }
        for (int r = 0; r < byReplicate.length; r++) {
            if (byReplicate[r].length != width) {
                throw new IllegalArgumentException("replicate " + r + " has " + byReplicate[r].length
                        + " values, replicate 0 has " + width);
            }
            for (int t = 0; t < width; t++) {
                cols[t].add(Checks.finite(byReplicate[r][t], "byReplicate[" + r + "][" + t + "]"));
            }
        }
        MeanCI[] out = new MeanCI[width];
        for (int t = 0; t < width; t++) {
            out[t] = cols[t].meanCI();
        }
        return out;
    }

    /** Half-width of the 95% interval; NaN when {@code n == 1}. */
    public double halfWidth() {
        return n < 2 ? Double.NaN : StudentT.critical95(n - 1) * sd / Math.sqrt(n);
    }

    /** Lower bound of the 95% interval; NaN when {@code n == 1}. */
    public double lower() {
        return mean - halfWidth();
    }

    /** Upper bound of the 95% interval; NaN when {@code n == 1}. */
    public double upper() {
        return mean + halfWidth();
    }
}

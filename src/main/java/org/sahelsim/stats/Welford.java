package org.sahelsim.stats;

/**
 * Streaming count, mean and variance (Welford's update; Chan, Golub and LeVeque's formula for
 * merging). Numerically stable in one pass and O(1) memory.
 *
 * <p>Determinism: the result depends on the order in which values are added and accumulators
 * are merged, in the last bits. Adding the same values in the same order, or merging the same
 * partial accumulators in the same order, gives bit-identical results; a merged accumulator
 * agrees with one fed sequentially only to rounding. Batch code should therefore add values in
 * replicate order (see {@link ReplicateAccumulator}) and merge shards in shard order.
 *
 * <p>Not thread-safe; NaN and infinite values are rejected.
 */
public final class Welford {
    private long n;
    private double mean;
    /** Sum of squared deviations from the current mean. */
    private double m2;

    /** An accumulator fed with {@code values} in array order. */
    public static Welford of(double... values) {
        Welford w = new Welford();
        for (int i = 0; i < values.length; i++) {
            w.add(Checks.finite(values[i], "values[" + i + "]"));
        }
        return w;
    }

    /** Adds one finite value. */
    public void add(double x) {
        Checks.finite(x, "value");
        n++;
        double delta = x - mean;
        mean += delta / n;
        m2 += delta * (x - mean);
    }

    /**
     * Adds everything {@code other} has seen, as if its values had been added after this
     * accumulator's own. {@code other} is not changed.
     */
    public void merge(Welford other) {
        if (other.n == 0) {
            return;
        }
        if (n == 0) {
            n = other.n;
            mean = other.mean;
            m2 = other.m2;
            return;
        }
        long total = n + other.n;
        double delta = other.mean - mean;
        mean += delta * other.n / total;
        m2 += other.m2 + delta * delta * ((double) n * other.n / total);
        n = total;
    }

    public long count() {
        return n;
    }

    /** Mean of the values; NaN before the first value. */
    public double mean() {
        return n == 0 ? Double.NaN : mean;
    }

    /** Sample variance (divisor n-1); NaN with fewer than two values. */
    public double variance() {
        return n < 2 ? Double.NaN : Math.max(0, m2 / (n - 1));
    }

    /** Sample standard deviation; NaN with fewer than two values. */
    public double sd() {
        return Math.sqrt(variance());
    }

    /** The mean and its 95% interval; needs at least one value. */
    public MeanCI meanCI() {
        if (n == 0) {
            throw new IllegalStateException("no values added");
        }
        if (n > Integer.MAX_VALUE) {
            throw new IllegalStateException("too many values for a MeanCI: " + n);
        }
        return new MeanCI((int) n, mean, sd());
    }
}

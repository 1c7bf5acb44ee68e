package org.sahelsim.stats;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Five-number summary and mean of a sample, for example an end-state metric over replicates.
 *
 * <p>Quantiles use Hyndman and Fan's definition 7, the default of R's {@code quantile()} and of
 * numpy's {@code percentile}: for sorted values x[0..n-1] and probability p, with
 * {@code h = (n-1)·p}, the quantile is {@code x[floor h] + (h - floor h)·(x[floor h + 1] - x[floor h])}.
 * The minimum and maximum are the 0 and 1 quantiles. Computed with Commons Math's
 * {@code Percentile} and {@code EstimationType.R_7}.
 *
 * @param n      number of values, 1 or more
 * @param min    smallest value
 * @param q1     0.25 quantile
 * @param median 0.5 quantile
 * @param q3     0.75 quantile
 * @param max    largest value
 * @param mean   arithmetic mean, folded in the order the values were given
 */
public record Distribution(int n, double min, double q1, double median, double q3, double max, double mean) {
    public Distribution {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, got " + n);
        }
        if (!(min <= q1 && q1 <= median && median <= q3 && q3 <= max)) {
            throw new IllegalArgumentException("need min <= q1 <= median <= q3 <= max, got "
                    + min + ", " + q1 + ", " + median + ", " + q3 + ", " + max);
        }
        if (!(mean >= min && mean <= max)) {
            throw new IllegalArgumentException("mean " + mean + " lies outside " + min + ".." + max);
        }
    }

    /** Summary of {@code values}; every value must be finite. */
    public static Distribution of(double... values) {
        Checks.finiteSample(values, "values");
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        Percentile p = new Percentile().withEstimationType(EstimationType.R_7);
        p.setData(sorted);
        // The mean of finite values can round a hair outside [min, max] when all are equal.
        double mean = Math.min(sorted[sorted.length - 1], Math.max(sorted[0], Welford.of(values).mean()));
        return new Distribution(values.length, sorted[0], p.evaluate(25), p.evaluate(50), p.evaluate(75),
                sorted[sorted.length - 1], mean);
    }

    /** The p-quantile of {@code values} by the same definition (R type 7), p in 0..1. */
    public static double quantile(double[] values, double p) {
        Checks.finiteSample(values, "values");
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in 0..1, got " + p);
        }
        if (p == 0) {
            // Commons Math accepts percentiles in (0, 100] only; the 0-quantile is the minimum.
            return Arrays.stream(values).min().orElseThrow();
        }
        return new Percentile().withEstimationType(EstimationType.R_7).evaluate(values, p * 100);
    }

    /** Interquartile range, q3 - q1. */
    public double iqr() {
        return q3 - q1;
    }
}

package org.sahelsim.validate;

import java.util.Arrays;
import org.apache.commons.math3.special.Erf;

/**
 * Is a distribution of event sizes heavier-tailed than exponential? The exponential is the
 * boundary between light and heavy tails, and the Weibull distribution contains it (shape 1) and
 * both sides of it: shape below 1 is a stretched exponential, heavy-tailed (no moment generating
 * function), shape above 1 is light-tailed. The test (docs/odd/calibration.md):
 *
 * <ol>
 *   <li>the tail is the sizes x (deaths, whole numbers of at least 1) above the median m, as
 *       excesses {@code y = x − m − 1/2} (the half keeps the continuous fits on positive support).
 *       Excesses over a threshold of a geometric distribution are geometric again, so a
 *       memoryless (exponential) tail stays the null hypothesis whatever the body of the
 *       distribution looks like;</li>
 *   <li>an exponential and a Weibull are fitted to y by maximum likelihood;</li>
 *   <li>the signed root of the likelihood ratio, {@code z = sign(1 − k̂)·√(2(ℓ_W − ℓ_E))}, is
 *       standard normal under the exponential (Wilks' theorem, one parameter); the tail is heavy
 *       when the one-sided p-value {@code 1 − Φ(z)} is below {@link #P_VALUE}.</li>
 * </ol>
 * Fewer than {@link #MIN_SIZES} sizes above the median are too few to call a tail heavy. Clauset, Shalizi and
 * Newman (2009) use the same likelihood-ratio logic with the stretched exponential as one of their
 * alternatives; testing against the nesting family gives the test a known null distribution.
 */
public final class HeavyTail {
    /** Fewest sizes above the median for the test to be made. */
    public static final int MIN_SIZES = 50;
    /** One-sided significance level. */
    public static final double P_VALUE = 0.05;
    private static final double K_LOW = 1e-3;
    private static final double K_HIGH = 50;

    /**
     * @param n     sizes given
     * @param median the median size, where the tail starts
     * @param tail  sizes above the median, the ones fitted
     * @param shape fitted Weibull shape k (below 1: heavier than exponential)
     * @param z     signed root of the likelihood ratio (positive when k < 1)
     * @param p     one-sided p-value against the exponential
     * @param heavy the verdict
     */
    public record Result(int n, int median, int tail, double shape, double z, double p, boolean heavy) {
    }

    private HeavyTail() {
    }

    /** The test on sizes of at least 1. */
    public static Result test(int[] sizes) {
        for (int v : sizes) {
            if (v < 1) {
                throw new IllegalArgumentException("sizes must be at least 1, got " + v);
            }
        }
        int[] sorted = sizes.clone();
        Arrays.sort(sorted);
        int median = sorted.length == 0 ? 0 : sorted[(sorted.length - 1) / 2];
        double[] y = Arrays.stream(sorted).filter(v -> v > median).mapToDouble(v -> v - median - 0.5).toArray();
        if (y.length < MIN_SIZES) {
            return new Result(sizes.length, median, y.length, Double.NaN, Double.NaN, Double.NaN, false);
        }
        double meanLog = Arrays.stream(y).map(Math::log).sum() / y.length;
        double[] z = Arrays.stream(y).map(v -> Math.exp(Math.log(v) - meanLog)).toArray();
        double k = shape(z);
        double lr = 2 * (weibullLogLik(z, k) - exponentialLogLik(z));
        double signed = Math.signum(1 - k) * Math.sqrt(Math.max(0, lr));
        double p = 0.5 * Erf.erfc(signed / Math.sqrt(2));
        return new Result(sizes.length, median, y.length, k, signed, p, p < P_VALUE);
    }

    /**
     * The Weibull shape by maximum likelihood: the root of {@code 1/k + mean(ln z) − Σ z^k ln z / Σ z^k},
     * which decreases in k. Callers scale the sizes to geometric mean 1, which leaves the shape
     * unchanged and keeps the powers in range.
     */
    static double shape(double[] z) {
        double meanLog = 0;
        for (double v : z) {
            meanLog += Math.log(v) / z.length;
        }
        double lo = K_LOW;
        double hi = K_HIGH;
        if (score(z, hi, meanLog) > 0) {
            return hi;
        }
        for (int it = 0; it < 200 && hi - lo > 1e-10; it++) {
            double mid = 0.5 * (lo + hi);
            if (score(z, mid, meanLog) > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private static double score(double[] z, double k, double meanLog) {
        double s = 0;
        double sl = 0;
        for (double v : z) {
            double p = Math.pow(v, k);
            s += p;
            sl += p * Math.log(v);
        }
        return 1 / k + meanLog - sl / s;
    }

    /** Log-likelihood of the Weibull at shape k and its best scale; the shift of scale is common to both fits. */
    private static double weibullLogLik(double[] z, double k) {
        int n = z.length;
        double mean = 0;
        double sumLog = 0;
        for (double v : z) {
            mean += Math.pow(v, k) / n;
            sumLog += Math.log(v);
        }
        double logScale = Math.log(mean) / k;
        return n * Math.log(k) - n * k * logScale + (k - 1) * sumLog - n;
    }

    private static double exponentialLogLik(double[] z) {
        double mean = 0;
        for (double v : z) {
            mean += v / z.length;
        }
        return -z.length * Math.log(mean) - z.length;
    }
}

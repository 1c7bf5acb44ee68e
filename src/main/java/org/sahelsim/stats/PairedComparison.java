package org.sahelsim.stats;

import org.apache.commons.math3.stat.inference.TTest;

/**
 * An arm compared with the reference arm on the same seeds (common random numbers): replicate
 * i of both arms ran with the same seed, so the differences {@code arm[i] - reference[i]} are
 * paired and their spread excludes the noise both arms share.
 *
 * @param difference  mean of the paired differences (arm minus reference) with its 95% t
 *                    interval; positive means the arm's metric is higher
 * @param shareBetter share of replicates in which the arm did better, 0..1, with ties counted
 *                    as half: a replicate where both arms give exactly the same value adds 0.5.
 *                    Comparing an arm with itself therefore gives 0.5, the "no effect" value
 * @param pValue      two-sided p-value of the paired t-test (Commons Math
 *                    {@code TTest.pairedTTest}); NaN when the test is undefined, that is with
 *                    one pair or when every difference is the same (zero spread, including all
 *                    zero). In the latter case {@code shareBetter} is 0, 0.5 or 1 and tells the
 *                    whole story
 * @param better      which direction of the metric counts as better
 */
public record PairedComparison(MeanCI difference, double shareBetter, double pValue, Better better) {
    /** Which direction of a metric is an improvement. */
    public enum Better {
        /** More is better, for example population under state control. */
        HIGHER,
        /** Less is better, for example clashes or civilians killed. */
        LOWER
    }

    public PairedComparison {
        if (difference == null || better == null) {
            throw new IllegalArgumentException("difference and better must not be null");
        }
        if (!(shareBetter >= 0 && shareBetter <= 1)) {
            throw new IllegalArgumentException("shareBetter must be in 0..1, got " + shareBetter);
        }
        if (!Double.isNaN(pValue) && !(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("pValue must be in 0..1 or NaN, got " + pValue);
        }
    }

    /**
     * Compares two equal-length samples aligned by seed: {@code arm[i]} and
     * {@code reference[i]} come from the same seed, in replicate order.
     */
    public static PairedComparison of(double[] arm, double[] reference, Better better) {
        Checks.finiteSample(arm, "arm");
        Checks.finiteSample(reference, "reference");
        if (arm.length != reference.length) {
            throw new IllegalArgumentException("paired samples must have equal length, got "
                    + arm.length + " and " + reference.length);
        }
        Welford diff = new Welford();
        double wins = 0;
        for (int i = 0; i < arm.length; i++) {
            double d = arm[i] - reference[i];
            diff.add(d);
            wins += score(d, better);
        }
        MeanCI difference = diff.meanCI();
        return new PairedComparison(difference, wins / arm.length, pValue(arm, reference, difference), better);
    }

    /** The number of pairs. */
    public int n() {
        return difference.n();
    }

    private static double score(double d, Better better) {
        if (d == 0) {
            return 0.5;
        }
        return (d > 0) == (better == Better.HIGHER) ? 1 : 0;
    }

    private static double pValue(double[] arm, double[] reference, MeanCI difference) {
        if (difference.n() < 2 || difference.sd() == 0) {
            return Double.NaN;
        }
        return new TTest().pairedTTest(arm, reference);
    }
}

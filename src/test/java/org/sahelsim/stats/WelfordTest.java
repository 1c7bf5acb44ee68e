package org.sahelsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.Test;

class WelfordTest {
    /** 1000 log-normal-ish values: skewed, like population counts, from a fixed seed. */
    static double[] sample(long seed, int n) {
        MersenneTwister rng = new MersenneTwister(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 1e6 * Math.exp(rng.nextGaussian());
        }
        return x;
    }

    @Test
    void handComputedMoments() {
        // {2,4,4,4,5,5,7,9}: sum 40, mean 5; squared deviations 9+1+1+1+0+0+4+16 = 32,
        // sample variance 32/7 = 4.571428...
        Welford w = Welford.of(2, 4, 4, 4, 5, 5, 7, 9);
        assertEquals(8, w.count());
        assertEquals(5.0, w.mean(), 1e-15);
        assertEquals(32.0 / 7, w.variance(), 1e-14);
        assertEquals(Math.sqrt(32.0 / 7), w.sd(), 1e-14);
    }

    @Test
    void agreesWithDescriptiveStatistics() {
        double[] x = sample(11, 1000);
        DescriptiveStatistics ds = new DescriptiveStatistics(x);
        Welford w = Welford.of(x);
        assertEquals(ds.getMean(), w.mean(), 1e-12 * ds.getMean());
        assertEquals(ds.getVariance(), w.variance(), 1e-10 * ds.getVariance());
    }

    @Test
    void mergeMatchesSequentialToRoundingAndIsRepeatable() {
        double[] x = sample(12, 500);
        Welford a = new Welford();
        Welford b = new Welford();
        for (int i = 0; i < x.length; i++) {
            (i < 200 ? a : b).add(x[i]);
        }
        Welford merged = new Welford();
        merged.merge(a);
        merged.merge(b);
        Welford again = new Welford();
        again.merge(a);
        again.merge(b);
        Welford seq = Welford.of(x);
        assertEquals(seq.count(), merged.count());
        assertEquals(seq.mean(), merged.mean(), 1e-12 * seq.mean());
        assertEquals(seq.variance(), merged.variance(), 1e-10 * seq.variance());
        assertEquals(Double.doubleToLongBits(merged.mean()), Double.doubleToLongBits(again.mean()));
        assertEquals(Double.doubleToLongBits(merged.variance()), Double.doubleToLongBits(again.variance()));
    }

    @Test
    void mergeWithEmptyChangesNothing() {
        Welford a = Welford.of(1, 2, 3);
        a.merge(new Welford());
        Welford b = new Welford();
        b.merge(a);
        assertEquals(2.0, a.mean());
        assertEquals(1.0, a.variance());
        assertEquals(2.0, b.mean());
        assertEquals(1.0, b.variance());
    }

    @Test
    void undefinedMomentsAreNaN() {
        Welford w = new Welford();
        assertTrue(Double.isNaN(w.mean()));
        assertTrue(Double.isNaN(w.variance()));
        assertThrows(IllegalStateException.class, w::meanCI);
        w.add(7);
        assertEquals(7.0, w.mean());
        assertTrue(Double.isNaN(w.variance()), "sample variance of one value");
    }

    @Test
    void zeroVarianceIsExactlyZero() {
        Welford w = Welford.of(0.1, 0.1, 0.1, 0.1);
        assertEquals(0.0, w.variance());
    }

    @Test
    void rejectsNonFiniteValues() {
        Welford w = new Welford();
        assertThrows(IllegalArgumentException.class, () -> w.add(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> w.add(Double.POSITIVE_INFINITY));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Welford.of(1, Double.NaN));
        assertTrue(e.getMessage().contains("values[1]"), e.getMessage());
        assertEquals(0, w.count(), "a rejected value is not counted");
    }
}

package org.sahelsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;
import org.sahelsim.stats.PairedComparison.Better;

class PairedComparisonTest {
    private static final double[] ARM = {10, 12, 9, 14, 11};
    private static final double[] REF = {8, 11, 9, 10, 12};

    @Test
    void handComputedComparison() {
        // Differences arm - ref: {2, 1, 0, 4, -1}; mean 6/5 = 1.2.
        // Deviations 0.8, -0.2, -1.2, 2.8, -2.2; squares 0.64+0.04+1.44+7.84+4.84 = 14.8;
        // variance 14.8/4 = 3.7, sd 1.923538; se = 1.923538/sqrt(5) = 0.860233;
        // half-width = t(0.975,4) 2.776445 * 0.860233 = 2.388389.
        // t = 1.2/0.860233 = 1.394972, two-sided p with 4 df = 0.23550.
        // Higher is better: 3 wins (2, 1, 4), 1 tie (0) -> (3 + 0.5)/5 = 0.7.
        PairedComparison c = PairedComparison.of(ARM, REF, Better.HIGHER);
        assertEquals(5, c.n());
        assertEquals(1.2, c.difference().mean(), 1e-15);
        assertEquals(Math.sqrt(3.7), c.difference().sd(), 1e-14);
        assertEquals(2.388389, c.difference().halfWidth(), 1e-6);
        assertEquals(0.7, c.shareBetter(), 1e-15);
        assertEquals(0.23550, c.pValue(), 1e-5);
        assertEquals(Better.HIGHER, c.better());
    }

    @Test
    void lowerIsBetterCountsTheOtherWay() {
        // Lower is better: 1 win (-1), 1 tie -> (1 + 0.5)/5 = 0.3. Difference and p unchanged.
        PairedComparison c = PairedComparison.of(ARM, REF, Better.LOWER);
        assertEquals(0.3, c.shareBetter(), 1e-15);
        assertEquals(1.2, c.difference().mean(), 1e-15);
        assertEquals(PairedComparison.of(ARM, REF, Better.HIGHER).pValue(), c.pValue());
    }

    @Test
    void agreesWithCommonsMath() {
        double[] a = WelfordTest.sample(21, 30);
        double[] b = WelfordTest.sample(22, 30);
        PairedComparison c = PairedComparison.of(a, b, Better.HIGHER);
        DescriptiveStatistics d = new DescriptiveStatistics();
        for (int i = 0; i < a.length; i++) {
            d.addValue(a[i] - b[i]);
        }
        assertEquals(d.getMean(), c.difference().mean(), 1e-9 * Math.abs(d.getStandardDeviation()));
        assertEquals(d.getStandardDeviation(), c.difference().sd(), 1e-10 * d.getStandardDeviation());
        assertEquals(new TTest().pairedTTest(a, b), c.pValue(), 1e-12);
        assertEquals(new TTest().pairedT(a, b),
                c.difference().mean() / (c.difference().sd() / Math.sqrt(30)), 1e-9);
    }

    @Test
    void armAgainstItselfIsAllTies() {
        PairedComparison c = PairedComparison.of(ARM, ARM.clone(), Better.HIGHER);
        assertEquals(0.0, c.difference().mean());
        assertEquals(0.0, c.difference().halfWidth());
        assertEquals(0.5, c.shareBetter());
        assertTrue(Double.isNaN(c.pValue()), "t-test undefined with zero spread");
    }

    @Test
    void constantShiftHasNoPValueButAClearShare() {
        double[] shifted = {11, 13, 10, 15, 12};
        PairedComparison c = PairedComparison.of(shifted, ARM, Better.HIGHER);
        assertEquals(1.0, c.difference().mean(), 1e-15);
        assertEquals(0.0, c.difference().sd(), 1e-15);
        assertEquals(1.0, c.shareBetter());
        assertTrue(Double.isNaN(c.pValue()));
    }

    @Test
    void singlePairHasNoIntervalAndNoPValue() {
        PairedComparison c = PairedComparison.of(new double[] {3}, new double[] {5}, Better.LOWER);
        assertEquals(-2.0, c.difference().mean());
        assertTrue(Double.isNaN(c.difference().halfWidth()));
        assertTrue(Double.isNaN(c.pValue()));
        assertEquals(1.0, c.shareBetter());
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class,
                () -> PairedComparison.of(new double[] {1, 2}, new double[] {1}, Better.HIGHER));
        assertThrows(IllegalArgumentException.class,
                () -> PairedComparison.of(new double[] {1, Double.NaN}, new double[] {1, 2}, Better.HIGHER));
        assertThrows(IllegalArgumentException.class,
                () -> PairedComparison.of(new double[0], new double[0], Better.HIGHER));
        assertThrows(IllegalArgumentException.class,
                () -> new PairedComparison(MeanCI.of(1, 2), 1.5, 0.5, Better.HIGHER));
    }
}

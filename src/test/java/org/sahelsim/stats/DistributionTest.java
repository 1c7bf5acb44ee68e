package org.sahelsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.junit.jupiter.api.Test;

class DistributionTest {
    @Test
    void handComputedEvenSample() {
        // Sorted {1,1,3,4,5,9}, n = 6, h = 5p (R type 7; R's quantile() gives the same):
        // Q1: h 1.25 -> 1 + 0.25*(3-1) = 1.5; median: h 2.5 -> 3 + 0.5*(4-3) = 3.5;
        // Q3: h 3.75 -> 4 + 0.75*(5-4) = 4.75; mean 23/6.
        Distribution d = Distribution.of(3, 1, 4, 1, 5, 9);
        assertEquals(new Distribution(6, 1, 1.5, 3.5, 4.75, 9, d.mean()), d);
        assertEquals(23.0 / 6, d.mean(), 1e-15);
        assertEquals(3.25, d.iqr(), 1e-15);
    }

    @Test
    void handComputedOddSample() {
        // Sorted {1,3,5,7,10}, h = 4p: Q1 at h 1 -> 3, median at h 2 -> 5, Q3 at h 3 -> 7.
        assertEquals(new Distribution(5, 1, 3, 5, 7, 10, 5.2), Distribution.of(7, 1, 3, 10, 5));
        // Sorted {1,2,3,4}, h = 3p: Q1 at h 0.75 -> 1.75, median 2.5, Q3 at h 2.25 -> 3.25.
        Distribution d = Distribution.of(4, 3, 2, 1);
        assertEquals(1.75, d.q1(), 1e-15);
        assertEquals(2.5, d.median(), 1e-15);
        assertEquals(3.25, d.q3(), 1e-15);
    }

    @Test
    void agreesWithDescriptiveStatisticsUsingTypeSeven() {
        double[] x = WelfordTest.sample(31, 37);
        DescriptiveStatistics ds = new DescriptiveStatistics(x);
        ds.setPercentileImpl(new Percentile().withEstimationType(EstimationType.R_7));
        Distribution d = Distribution.of(x);
        assertEquals(ds.getMin(), d.min());
        assertEquals(ds.getPercentile(25), d.q1());
        assertEquals(ds.getPercentile(50), d.median());
        assertEquals(ds.getPercentile(75), d.q3());
        assertEquals(ds.getMax(), d.max());
        assertEquals(ds.getMean(), d.mean(), 1e-12 * ds.getMean());
    }

    @Test
    void singleValueAndConstantSamples() {
        assertEquals(new Distribution(1, 7, 7, 7, 7, 7, 7), Distribution.of(7));
        assertEquals(new Distribution(3, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1), Distribution.of(0.1, 0.1, 0.1));
    }

    @Test
    void quantileMatchesTheSummary() {
        double[] x = {3, 1, 4, 1, 5, 9};
        assertEquals(1.0, Distribution.quantile(x, 0));
        assertEquals(1.5, Distribution.quantile(x, 0.25), 1e-15);
        // p = 0.9: h = 4.5 -> 5 + 0.5*(9-5) = 7
        assertEquals(7.0, Distribution.quantile(x, 0.9), 1e-15);
        assertEquals(9.0, Distribution.quantile(x, 1));
        assertThrows(IllegalArgumentException.class, () -> Distribution.quantile(x, 1.5));
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, Distribution::of);
        assertThrows(IllegalArgumentException.class, () -> Distribution.of(1, Double.NaN, 3));
        assertThrows(IllegalArgumentException.class, () -> new Distribution(3, 1, 3, 2, 4, 5, 3));
    }
}

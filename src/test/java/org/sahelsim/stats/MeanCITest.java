package org.sahelsim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.Test;

class MeanCITest {
    @Test
    void handComputedInterval() {
        // {1,2,3,4,5}: mean 3; squared deviations 4+1+0+1+4 = 10, variance 10/4 = 2.5,
        // sd = 1.581139; se = sd/sqrt(5) = 0.707107; t(0.975, 4) = 2.776445;
        // half-width = 2.776445 * 0.707107 = 1.963243
        MeanCI ci = MeanCI.of(1, 2, 3, 4, 5);
        assertEquals(5, ci.n());
        assertEquals(3.0, ci.mean(), 1e-15);
        assertEquals(1.581139, ci.sd(), 1e-6);
        assertEquals(1.963243, ci.halfWidth(), 1e-6);
        assertEquals(3 - 1.963243, ci.lower(), 1e-6);
        assertEquals(3 + 1.963243, ci.upper(), 1e-6);
    }

    @Test
    void criticalValuesMatchTables() {
        // Standard t tables, two-sided 95%.
        assertEquals(12.7062, StudentT.critical95(1), 1e-4);
        assertEquals(2.7764, StudentT.critical95(4), 1e-4);
        assertEquals(2.0452, StudentT.critical95(29), 1e-4);
        assertEquals(1.9600, StudentT.critical95(100_000), 1e-4);
        assertEquals(new TDistribution(9).inverseCumulativeProbability(0.975), StudentT.critical95(9), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> StudentT.critical95(0));
    }

    @Test
    void agreesWithCommonsMath() {
        double[] x = WelfordTest.sample(3, 40);
        DescriptiveStatistics ds = new DescriptiveStatistics(x);
        MeanCI ci = MeanCI.of(x);
        double expectedHalf = new TDistribution(39).inverseCumulativeProbability(0.975)
                * ds.getStandardDeviation() / Math.sqrt(40);
        assertEquals(ds.getMean(), ci.mean(), 1e-12 * ds.getMean());
        assertEquals(ds.getStandardDeviation(), ci.sd(), 1e-10 * ds.getStandardDeviation());
        assertEquals(expectedHalf, ci.halfWidth(), 1e-9 * expectedHalf);
    }

    @Test
    void singleReplicateHasNoInterval() {
        MeanCI ci = MeanCI.of(42);
        assertEquals(42.0, ci.mean());
        assertTrue(Double.isNaN(ci.sd()));
        assertTrue(Double.isNaN(ci.halfWidth()));
        assertTrue(Double.isNaN(ci.lower()));
        assertTrue(Double.isNaN(ci.upper()));
        assertThrows(IllegalArgumentException.class, () -> new MeanCI(1, 42, 0));
    }

    @Test
    void zeroSpreadGivesZeroWidth() {
        MeanCI ci = MeanCI.of(5, 5, 5);
        assertEquals(0.0, ci.sd());
        assertEquals(0.0, ci.halfWidth());
        assertEquals(5.0, ci.lower());
        assertEquals(5.0, ci.upper());
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, MeanCI::of);
        assertThrows(IllegalArgumentException.class, () -> MeanCI.of(1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new MeanCI(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new MeanCI(3, 1, -1));
        assertThrows(IllegalArgumentException.class, () -> new MeanCI(3, Double.NaN, 1));
    }

    @Test
    void columnsAreIntervalsOfEachColumn() {
        double[][] rows = {{1, 10, 5}, {2, 20, 5}, {3, 30, 5}, {4, 40, 5}, {5, 50, 5}};
        MeanCI[] cols = MeanCI.ofColumns(rows);
        assertEquals(3, cols.length);
        assertEquals(MeanCI.of(1, 2, 3, 4, 5), cols[0]);
        assertEquals(MeanCI.of(10, 20, 30, 40, 50), cols[1]);
        assertEquals(0.0, cols[2].halfWidth());
        assertThrows(IllegalArgumentException.class, () -> MeanCI.ofColumns(new double[][] {{1, 2}, {3}}));
        assertThrows(IllegalArgumentException.class, () -> MeanCI.ofColumns(new double[0][]));
    }

    @Test
    void sameValuesSameOrderSameBits() {
        double[] x = WelfordTest.sample(5, 64);
        MeanCI a = MeanCI.of(x);
        MeanCI b = MeanCI.of(x.clone());
        assertArrayEquals(new long[] {Double.doubleToLongBits(a.mean()), Double.doubleToLongBits(a.sd())},
                new long[] {Double.doubleToLongBits(b.mean()), Double.doubleToLongBits(b.sd())});
    }
}

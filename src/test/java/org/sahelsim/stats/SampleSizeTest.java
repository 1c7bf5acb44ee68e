package org.sahelsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SampleSizeTest {
    @Test
    void handComputedCases() {
        // sd 10, h 5: n = 17 gives t(16) 2.119905 * 10 / sqrt(17) = 5.1415 > 5;
        //             n = 18 gives t(17) 2.109816 * 10 / sqrt(18) = 4.9729 <= 5.
        assertEquals(new SampleSize(18, false), SampleSize.forHalfWidth(10, 5));
        // sd 1, h 1: n = 6 gives 2.570582 / sqrt(6) = 1.0494; n = 7 gives 2.446912 / sqrt(7) = 0.9248.
        assertEquals(new SampleSize(7, false), SampleSize.forHalfWidth(1, 1));
        assertEquals(4.9729, SampleSize.achievedHalfWidth(10, 18), 1e-4);
    }

    @Test
    void matchesABruteForceSearch() {
        double[][] cases = {{1, 0.5}, {3, 0.2}, {250, 40}, {1, 0.05}, {0.3, 1}};
        for (double[] c : cases) {
            int n = 2;
            while (SampleSize.achievedHalfWidth(c[0], n) > c[1]) {
                n++;
            }
            assertEquals(n, SampleSize.forHalfWidth(c[0], c[1]).replicates(), "sd " + c[0] + ", h " + c[1]);
        }
    }

    @Test
    void zeroSpreadNeedsTheMinimumOfTwo() {
        assertEquals(new SampleSize(2, false), SampleSize.forHalfWidth(0, 1));
    }

    @Test
    void capsAndSaysSo() {
        // Needs about (1.96 / 0.001)^2 = 3.8 million replicates.
        SampleSize s = SampleSize.forHalfWidth(1, 0.001);
        assertTrue(s.capped());
        assertEquals(SampleSize.DEFAULT_CAP, s.replicates());
        assertEquals(new SampleSize(6, true), SampleSize.forHalfWidth(1, 1, 6));
        assertFalse(SampleSize.forHalfWidth(1, 1, 7).capped());
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> SampleSize.forHalfWidth(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> SampleSize.forHalfWidth(Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> SampleSize.forHalfWidth(1, 0));
        assertThrows(IllegalArgumentException.class, () -> SampleSize.forHalfWidth(1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> SampleSize.achievedHalfWidth(1, 1));
    }
}

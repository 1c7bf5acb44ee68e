package org.sahelsim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Latin hypercube samples: one point per stratum of every dimension, fixed by the seed. */
class LatinHypercubeTest {
    @Test
    void everyStratumOfEveryDimensionHoldsExactlyOnePoint() {
        for (long seed = 0; seed < 30; seed++) {
            for (int n : new int[] {1, 2, 7, 50}) {
                double[][] x = LatinHypercube.sample(n, 3, seed);
                for (int j = 0; j < 3; j++) {
                    int[] hits = new int[n];
                    for (double[] point : x) {
                        assertTrue(point[j] >= 0 && point[j] < 1, "value " + point[j]);
                        hits[LatinHypercube.stratum(point[j], n)]++;
                    }
                    int[] ones = new int[n];
                    Arrays.fill(ones, 1);
                    assertArrayEquals(ones, hits, "seed " + seed + ", n " + n + ", dimension " + j);
                }
            }
        }
    }

    @Test
    void theSeedFixesTheDesign() {
        assertTrue(Arrays.deepEquals(LatinHypercube.sample(10, 2, 5), LatinHypercube.sample(10, 2, 5)));
        assertFalse(Arrays.deepEquals(LatinHypercube.sample(10, 2, 5), LatinHypercube.sample(10, 2, 6)));
    }

    @Test
    void dimensionsArePairedAtRandomNotInStep() {
        int inStep = 0;
        for (long seed = 0; seed < 30; seed++) {
            double[][] x = LatinHypercube.sample(10, 2, seed);
            boolean same = true;
            for (double[] p : x) {
                same &= LatinHypercube.stratum(p[0], 10) == LatinHypercube.stratum(p[1], 10);
            }
            inStep += same ? 1 : 0;
        }
        assertEquals(0, inStep, "no design of 30 has both dimensions in the same stratum order (chance 1/10! each)");
        assertThrows(IllegalArgumentException.class, () -> LatinHypercube.sample(0, 2, 1));
    }
}

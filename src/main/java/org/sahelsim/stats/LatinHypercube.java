package org.sahelsim.stats;

import org.apache.commons.math3.random.RandomDataGenerator;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Latin hypercube samples of the unit cube (McKay, Beckman and Conover 1979): with n points, each
 * dimension is cut into n equal strata and every stratum holds exactly one point, placed uniformly
 * at random within it; strata are matched across dimensions by independent random permutations.
 *
 * <p>Drawn with Commons Math's {@code Well19937c} started from the given seed, so the same seed
 * gives the same design on every machine.
 */
public final class LatinHypercube {
    private LatinHypercube() {
    }

    /**
     * @param points     number of points n, 1 or more
     * @param dimensions number of dimensions d, 1 or more
     * @param seed       seed of the design's generator
     * @return {@code points × dimensions} values in [0, 1); point i's value in dimension j lies in
     *         the stratum [k/n, (k+1)/n) for exactly one i per k
     */
    public static double[][] sample(int points, int dimensions, long seed) {
        if (points < 1 || dimensions < 1) {
            throw new IllegalArgumentException("points and dimensions must be at least 1, got " + points + " and "
                    + dimensions);
        }
        RandomGenerator rng = new Well19937c(seed);
        RandomDataGenerator data = new RandomDataGenerator(rng);
        double[][] out = new double[points][dimensions];
        for (int j = 0; j < dimensions; j++) {
            int[] stratum = data.nextPermutation(points, points);
            for (int i = 0; i < points; i++) {
                out[i][j] = Math.min(Math.nextDown(1.0), (stratum[i] + rng.nextDouble()) / points);
            }
        }
        return out;
    }

    /** The stratum, 0..n-1, that a value in [0, 1) of an n-point design falls in. */
    public static int stratum(double value, int points) {
        return Math.min(points - 1, (int) Math.floor(value * points));
    }
}

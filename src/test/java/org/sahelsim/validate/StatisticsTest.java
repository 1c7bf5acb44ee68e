package org.sahelsim.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sahelsim.history.UcdpCsv;
import org.sahelsim.history.UcdpEvent;
import ec.util.MersenneTwisterFast;

/** Gini, McNemar and the heavy-tail test. The stochastic checks run over 100 seeds with a stated share. */
class StatisticsTest {
    private static final int SEEDS = 100;

    @Test
    void giniOfEqualAndOfConcentratedValues() {
        assertEquals(0, Gini.of(new double[] {3, 3, 3, 3}), 1e-12);
        assertEquals(0.75, Gini.of(new double[] {0, 0, 0, 8}), 1e-12, "(n-1)/n");
        assertEquals(0, Gini.of(new double[] {0, 0}), 1e-12, "nothing to concentrate");
        assertEquals(Gini.of(new double[] {1, 5, 2}), Gini.of(new double[] {5, 2, 1}), 1e-12, "order does not matter");
    }

    @Test
    void mcNemarCountsOnlyDiscordantPairs() {
        assertEquals(1.0, McNemar.pFirstMoreOften(0, 0));
        assertEquals(Math.pow(0.5, 10), McNemar.pFirstMoreOften(10, 0), 1e-15);
        assertEquals(11.0 / 16.0, McNemar.pFirstMoreOften(2, 2), 1e-12, "P(X >= 2), X ~ Bin(4, 1/2)");
        assertEquals(1.0, McNemar.pFirstMoreOften(0, 5), 1e-12);
    }

    @Test
    void powerLawSizesAreHeavyTailed() {
        int heavy = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            heavy += HeavyTail.test(powerLaw(new MersenneTwisterFast(seed), 1000, 2.5)).heavy() ? 1 : 0;
        }
        assertTrue(heavy >= 95, "power law (exponent 2.5, 1,000 events): heavy in " + heavy + "/" + SEEDS + ", need 95");
    }

    @Test
    void exponentialAndPoissonSizesAreNot() {
        int geometric = 0;
        int poisson = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            MersenneTwisterFast r = new MersenneTwisterFast(seed);
            geometric += HeavyTail.test(geometric(r, 1000, 8.0)).heavy() ? 1 : 0;
            poisson += HeavyTail.test(poissonPlusOne(r, 1000, 12.0)).heavy() ? 1 : 0;
        }
        assertTrue(geometric <= 10, "geometric (mean 8): heavy in " + geometric + "/" + SEEDS + ", allowed 10");
        assertTrue(poisson <= 10, "Poisson (mean 13): heavy in " + poisson + "/" + SEEDS + ", allowed 10");
    }

    @Test
    void tooFewSizesAreNotCalledHeavy() {
        HeavyTail.Result r = HeavyTail.test(new int[] {1, 2, 500, 3, 9000});
        assertFalse(r.heavy());
        assertEquals(5, r.n());
        assertEquals(3, r.median());
    }

    /** The criterion separates: the real deaths per event of 2017-2019 are heavy-tailed (skipped without the extract). */
    @Test
    void ucdpDeathsPerEventAreHeavyTailed() throws Exception {
        Path file = Path.of("..", "shared", "data", "events", UcdpCsv.FILE);
        assumeTrue(Files.isRegularFile(file), "UCDP extract not found; skipping");
        int[] deaths = UcdpCsv.read(file).stream().filter(e -> e.year() >= 2017 && e.best() >= 1)
                .mapToInt(UcdpEvent::best).toArray();
        HeavyTail.Result r = HeavyTail.test(deaths);
        assertTrue(r.heavy() && r.shape() < 1, r.toString());
    }

    @Test
    void theShapeIsRecoveredFromWeibullSamples() {
        MersenneTwisterFast r = new MersenneTwisterFast(7);
        double[] z = new double[20_000];
        for (int i = 0; i < z.length; i++) {
            z[i] = 3.0 * Math.pow(-Math.log(1 - r.nextDouble()), 1 / 0.6);
        }
        assertEquals(0.6, HeavyTail.shape(z), 0.02);
    }

    /** Sizes from a continuous power law on [1, ∞) with density exponent {@code alpha}, rounded. */
    static int[] powerLaw(MersenneTwisterFast r, int n, double alpha) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = (int) Math.min(1_000_000, Math.round(Math.pow(1 - r.nextDouble(), -1 / (alpha - 1))));
        }
        return out;
    }

    static int[] geometric(MersenneTwisterFast r, int n, double mean) {
        int[] out = new int[n];
        double p = 1 / mean;
        for (int i = 0; i < n; i++) {
            out[i] = 1 + (int) Math.floor(Math.log(1 - r.nextDouble()) / Math.log(1 - p));
        }
        return out;
    }

    static int[] poissonPlusOne(MersenneTwisterFast r, int n, double mean) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            double l = Math.exp(-mean);
            double p = 1;
            int k = 0;
            do {
                k++;
                p *= r.nextDouble();
            } while (p > l);
            out[i] = k;
        }
        return out;
    }
}

package org.sahelsim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

class ReplicateAccumulatorTest {
    private static final int REPLICATES = 24;
    private static final int WEEKS = 50;

    private static double[][] table() {
        double[][] rows = new double[REPLICATES][];
        for (int r = 0; r < REPLICATES; r++) {
            rows[r] = WelfordTest.sample(100 + r, WEEKS);
        }
        return rows;
    }

    private static long[] bits(MeanCI[] cis) {
        long[] out = new long[2 * cis.length];
        for (int i = 0; i < cis.length; i++) {
            out[2 * i] = Double.doubleToLongBits(cis[i].mean());
            out[2 * i + 1] = Double.doubleToLongBits(cis[i].sd());
        }
        return out;
    }

    @Test
    void resultIsBitIdenticalWhateverTheFinishingOrder() {
        double[][] rows = table();
        long[] expected = bits(MeanCI.ofColumns(rows));
        MersenneTwister rng = new MersenneTwister(7);
        for (int trial = 0; trial < 20; trial++) {
            List<Integer> order = shuffled(rng);
            ReplicateAccumulator acc = new ReplicateAccumulator(REPLICATES, WEEKS);
            for (int r : order) {
                acc.offer(r, rows[r]);
            }
            assertArrayEquals(expected, bits(acc.meanCIs()), "order " + order);
        }
    }

    private static List<Integer> shuffled(MersenneTwister rng) {
        List<Integer> order = new ArrayList<>();
        for (int r = 0; r < REPLICATES; r++) {
            order.add(r);
        }
        for (int i = order.size() - 1; i > 0; i--) {
            Collections.swap(order, i, rng.nextInt(i + 1));
        }
        return order;
    }

    @Test
    void concurrentOffersGiveTheSameResult() throws InterruptedException {
        double[][] rows = table();
        ReplicateAccumulator acc = new ReplicateAccumulator(REPLICATES, WEEKS);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        for (int r = REPLICATES - 1; r >= 0; r--) {
            int rep = r;
            pool.execute(() -> acc.offer(rep, rows[rep]));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertArrayEquals(bits(MeanCI.ofColumns(rows)), bits(acc.meanCIs()));
    }

    @Test
    void foldsOnlyTheGapFreePrefix() {
        ReplicateAccumulator acc = new ReplicateAccumulator(3, 1);
        acc.offer(2, new double[] {3});
        assertEquals(0, acc.folded());
        acc.offer(0, new double[] {1});
        assertEquals(1, acc.folded());
        assertFalse(acc.isComplete());
        IllegalStateException e = assertThrows(IllegalStateException.class, acc::meanCIs);
        assertTrue(e.getMessage().contains("[1]"), e.getMessage());
        acc.offer(1, new double[] {2});
        assertTrue(acc.isComplete());
        assertEquals(MeanCI.of(1, 2, 3), acc.meanCIs()[0]);
    }

    @Test
    void rejectsBadOffers() {
        ReplicateAccumulator acc = new ReplicateAccumulator(2, 2);
        acc.offer(0, new double[] {1, 2});
        assertThrows(IllegalArgumentException.class, () -> acc.offer(0, new double[] {1, 2}), "folded twice");
        assertThrows(IllegalArgumentException.class, () -> acc.offer(2, new double[] {1, 2}), "out of range");
        assertThrows(IllegalArgumentException.class, () -> acc.offer(1, new double[] {1}), "wrong length");
        assertThrows(IllegalArgumentException.class, () -> acc.offer(1, new double[] {1, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> new ReplicateAccumulator(0, 1));
        acc.offer(1, new double[] {3, 4});
        assertTrue(acc.isComplete());
    }
}

package org.sahelsim.stats;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Per-position means and intervals over the replicates of one batch arm, independent of the
 * order in which the runs finish.
 *
 * <p>Each run offers a fixed-length vector (for example one metric per week). Offers may come
 * from any thread and in any order; the accumulator keeps out-of-order vectors until every
 * lower replicate index has arrived and then folds them in index order. The results are
 * therefore bit-identical to {@link MeanCI#ofColumns} on the rows sorted by replicate, whatever
 * the finishing order. Memory is the vectors waiting for a gap to close: with k worker threads,
 * typically about k vectors.
 */
public final class ReplicateAccumulator {
    private final int replicates;
    private final int width;
    private final Welford[] columns;
    private final double[][] waiting;
    /** Replicates 0 .. next-1 have been folded. */
    private int next;

    /**
     * @param replicates number of replicates expected, 1 or more; indices run 0 .. replicates-1
     * @param width      length of every offered vector, 1 or more
     */
    public ReplicateAccumulator(int replicates, int width) {
        if (replicates < 1 || width < 1) {
            throw new IllegalArgumentException("replicates and width must be at least 1, got "
                    + replicates + " and " + width);
        }
        this.replicates = replicates;
        this.width = width;
        this.columns = new Welford[width];
        for (int t = 0; t < width; t++) {
            columns[t] = new Welford();
        }
        this.waiting = new double[replicates][];
    }

    /**
     * Adds the result of replicate {@code replicate}. The vector is copied.
     *
     * @throws IllegalArgumentException if the index is out of range or already offered, the
     *                                  length is wrong or a value is not finite
     */
    public synchronized void offer(int replicate, double[] values) {
        if (replicate < 0 || replicate >= replicates) {
            throw new IllegalArgumentException("replicate must be in 0.." + (replicates - 1) + ", got " + replicate);
        }
        if (replicate < next || waiting[replicate] != null) {
            throw new IllegalArgumentException("replicate " + replicate + " was already offered");
        }
        if (values.length != width) {
            throw new IllegalArgumentException("replicate " + replicate + " offered " + values.length
                    + " values, expected " + width);
        }
        for (int t = 0; t < width; t++) {
            Checks.finite(values[t], "replicate " + replicate + " value[" + t + "]");
        }
        waiting[replicate] = values.clone();
        while (next < replicates && waiting[next] != null) {
            for (int t = 0; t < width; t++) {
                columns[t].add(waiting[next][t]);
            }
            waiting[next] = null;
            next++;
        }
    }

    /** True once every replicate has been offered. */
    public synchronized boolean isComplete() {
        return next == replicates;
    }

    /** Number of replicates folded so far: the length of the gap-free prefix 0 .. n-1. */
    public synchronized int folded() {
        return next;
    }

    /**
     * One interval per position.
     *
     * @throws IllegalStateException unless every replicate has been offered
     */
    public synchronized MeanCI[] meanCIs() {
        if (!isComplete()) {
            throw new IllegalStateException("missing replicates: " + Arrays.toString(missing()));
        }
        MeanCI[] out = new MeanCI[width];
        for (int t = 0; t < width; t++) {
            out[t] = columns[t].meanCI();
        }
        return out;
    }

    private int[] missing() {
        return IntStream.range(next, replicates).filter(r -> waiting[r] == null).toArray();
    }
}

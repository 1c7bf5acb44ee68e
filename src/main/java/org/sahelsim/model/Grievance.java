package org.sahelsim.model;

import java.util.Arrays;

/**
 * Grievance per cell, 0..1 (Epstein 2002: G = H(1 - L)). Two parts: a slow {@link #level} raised by
 * abuses, collateral damage and displacement, and a short {@link #backlash} raised by civilian
 * deaths that decays within weeks (Condra and Shapiro 2012: under 4 weeks). The recruitment rule
 * reads {@link #total(int)}; decay is applied by the grievance dynamics ({@link #relax}).
 *
 * <p>Raise grievance only through {@link #raise} and {@link #raiseBacklash}: they record the cell as
 * active, and only active cells are relaxed, so a value written straight into the arrays would
 * never decay.
 */
public final class Grievance {
    /** Below this distance from the baseline (and backlash below it) a cell stops being active. */
    static final float SETTLED = 1e-4f;
    public final float[] level;
    public final float[] backlash;
    private final boolean[] isActive;
    private int[] active = new int[256];
    private int nActive;

    public Grievance(int cells, float initial) {
        level = new float[cells];
        backlash = new float[cells];
        isActive = new boolean[cells];
        Arrays.fill(level, initial);
    }

    /** Adds to the slow part, capped at 1. */
    public void raise(int cell, double amount) {
        level[cell] = (float) Math.min(1.0, level[cell] + amount);
        activate(cell);
    }

    /** Adds to the short-lived backlash, capped at 1. */
    public void raiseBacklash(int cell, double amount) {
        backlash[cell] = (float) Math.min(1.0, backlash[cell] + amount);
        activate(cell);
    }

    private void activate(int cell) {
        if (!isActive[cell]) {
            isActive[cell] = true;
            if (nActive == active.length) {
                active = Arrays.copyOf(active, 2 * nActive);
            }
            active[nActive++] = cell;
        }
    }

    /** Grievance felt in the cell, capped at 1. */
    public double total(int cell) {
        return Math.min(1.0, level[cell] + backlash[cell]);
    }

    /** Cells raised since they last settled at their baseline. */
    public int activeCount() {
        return nActive;
    }

    /**
     * One week of decay of every active cell: {@code level ← base + (level - base)·keep},
     * {@code backlash ← backlash·keepBacklash}; a cell back within {@link #SETTLED} of its baseline
     * is set exactly to it and is no longer active.
     */
    public void relax(float[] baseline, float keep, float keepBacklash) {
        int k = 0;
        while (k < nActive) {
            int c = active[k];
            level[c] = baseline[c] + (level[c] - baseline[c]) * keep;
            backlash[c] *= keepBacklash;
            if (Math.abs(level[c] - baseline[c]) < SETTLED && backlash[c] < SETTLED) {
                level[c] = baseline[c];
                backlash[c] = 0f;
                isActive[c] = false;
                active[k] = active[--nActive];
            } else {
                k++;
            }
        }
    }
}

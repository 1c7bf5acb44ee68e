package org.sahelsim.model;

/**
 * Grievance per cell, 0..1 (Epstein 2002: G = H(1 - L)). Two parts: a slow {@link #level} raised by
 * abuses, collateral damage and displacement, and a short {@link #backlash} raised by civilian
 * deaths that decays within weeks (Condra and Shapiro 2012: under 4 weeks). The recruitment rule
 * reads {@link #total(int)}; decay is applied by that rule.
 */
public final class Grievance {
    public final float[] level;
    public final float[] backlash;

    public Grievance(int cells, float initial) {
        level = new float[cells];
        backlash = new float[cells];
        java.util.Arrays.fill(level, initial);
    }

    /** Adds to the slow part, capped at 1. */
    public void raise(int cell, double amount) {
        level[cell] = (float) Math.min(1.0, level[cell] + amount);
    }

    /** Adds to the short-lived backlash, capped at 1. */
    public void raiseBacklash(int cell, double amount) {
        backlash[cell] = (float) Math.min(1.0, backlash[cell] + amount);
    }

    /** Grievance felt in the cell, capped at 1. */
    public double total(int cell) {
        return Math.min(1.0, level[cell] + backlash[cell]);
    }
}

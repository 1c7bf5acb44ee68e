package org.sahelsim.model;

import java.util.Arrays;

/** Current values of every {@link Indicator} per faction. */
public final class Indicators {
    private final double[][] values = new double[Indicator.values().length][Faction.count()];

    public void add(Indicator i, Faction f, double amount) {
        values[i.ordinal()][f.ordinal()] += amount;
    }

    public void set(Indicator i, Faction f, double value) {
        values[i.ordinal()][f.ordinal()] = value;
    }

    public double get(Indicator i, Faction f) {
        return values[i.ordinal()][f.ordinal()];
    }

    /** Resets the weekly counts; called when a week starts. */
    public void startWeek() {
        for (Indicator i : Indicator.values()) {
            if (i.flow) {
                Arrays.fill(values[i.ordinal()], 0.0);
            }
        }
    }
}

package org.sahelsim.batch;

import org.sahelsim.model.Faction;
import org.sahelsim.output.BatchMetrics;

/**
 * Per-faction values extended by the two groups of {@link BatchMetrics#sides()}: row f is faction
 * f, then the jihadist groups' sum, then the pro-government forces' sum. A column that is not
 * additive (a mean, a level on a scale) has NaN on the group rows.
 */
final class Sides {
    static final int COUNT = Faction.count() + 2;
    static final int JIHADIST = Faction.count();
    static final int PRO_GOVERNMENT = Faction.count() + 1;

    private Sides() {
    }

    /**
     * @param values   {@code values[faction][column]}
     * @param additive per column: whether group rows are sums
     * @return {@code out[side][column]}
     */
    static double[][] of(double[][] values, boolean[] additive) {
        int columns = additive.length;
        double[][] out = new double[COUNT][];
        for (Faction f : Faction.values()) {
            out[f.ordinal()] = values[f.ordinal()];
        }
        out[JIHADIST] = new double[columns];
        out[PRO_GOVERNMENT] = new double[columns];
        for (int c = 0; c < columns; c++) {
            if (!additive[c]) {
                out[JIHADIST][c] = Double.NaN;
                out[PRO_GOVERNMENT][c] = Double.NaN;
                continue;
            }
            for (Faction f : Faction.values()) {
                out[f.isJihadist() ? JIHADIST : PRO_GOVERNMENT][c] += values[f.ordinal()][c];
            }
        }
        return out;
    }

    static String name(int side) {
        return BatchMetrics.sides().get(side);
    }
}

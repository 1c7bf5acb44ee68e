package org.sahelsim.rules;

import java.util.Arrays;
import org.sahelsim.model.ClashEvent;
import org.sahelsim.model.Faction;
import org.sahelsim.model.SahelModel;

/**
 * Recent cost of fighting per pair of factions, for the ceasefire onset (Clayton et al. 2022): an
 * exponentially weighted mean of each side's weekly losses to the other, and of the pair's losses
 * per admin-1 region (where the fighting is, which becomes the scope of an emergent local truce).
 */
final class FightingCost {
    private static final int N = Faction.count();
    private final double alpha;
    private final int regions;
    private final double[] lossLo = new double[N * N];
    private final double[] lossHi = new double[N * N];
    private final double[] weekLo = new double[N * N];
    private final double[] weekHi = new double[N * N];
    private final double[][] byRegion = new double[N * N][];
    private final double[][] weekRegion = new double[N * N][];
    private final boolean[] live = new boolean[N * N];

    /**
     * @param memoryWeeks mean age of the weighted losses, weeks (the weight of a new week is 1/memoryWeeks)
     * @param regions     number of regions of the map
     */
    FightingCost(double memoryWeeks, int regions) {
        this.alpha = 1.0 / memoryWeeks;
        this.regions = regions;
    }

    /** Index of an unordered pair: lower ordinal first. */
    static int pair(Faction f, Faction g) {
        int lo = Math.min(f.ordinal(), g.ordinal());
        int hi = Math.max(f.ordinal(), g.ordinal());
        return lo * N + hi;
    }

    /** Folds this week's events into the averages. */
    void week(SahelModel m) {
        for (ClashEvent e : m.weekEvents) {
            int p = pair(e.attacker(), e.defender());
            boolean attackerLow = e.attacker().ordinal() < e.defender().ordinal();
            weekLo[p] += attackerLow ? e.attackerLosses() : e.defenderLosses();
            weekHi[p] += attackerLow ? e.defenderLosses() : e.attackerLosses();
            if (!live[p]) {
                live[p] = true;
                byRegion[p] = new double[regions];
                weekRegion[p] = new double[regions];
            }
            short r = m.map.admin1[e.cell()];
            if (r >= 0) {
                weekRegion[p][r] += e.attackerLosses() + e.defenderLosses();
            }
        }
        for (int p = 0; p < live.length; p++) {
            if (live[p]) {
                fold(p);
            }
        }
    }

    private void fold(int p) {
        lossLo[p] += alpha * (weekLo[p] - lossLo[p]);
        lossHi[p] += alpha * (weekHi[p] - lossHi[p]);
        weekLo[p] = 0;
        weekHi[p] = 0;
        double[] avg = byRegion[p];
        double[] wk = weekRegion[p];
        for (int r = 0; r < regions; r++) {
            avg[r] += alpha * (wk[r] - avg[r]);
            wk[r] = 0;
        }
    }

    /** Mutual cost: the smaller of the two sides' mean weekly losses to each other, fighters/week. */
    double mutual(int p) {
        return Math.min(lossLo[p], lossHi[p]);
    }

    /**
     * Flags in {@code mask} (one entry per region of the map) the regions holding at least
     * {@code share} of the pair's recent losses; false when the pair has not fought.
     */
    boolean fightingRegions(int p, double share, boolean[] mask) {
        Arrays.fill(mask, false);
        if (!live[p]) {
            return false;
        }
        double total = 0;
        for (double v : byRegion[p]) {
            total += v;
        }
        boolean any = false;
        for (int r = 0; r < regions && total > 0; r++) {
            mask[r] = byRegion[p][r] > 0 && byRegion[p][r] >= share * total;
            any |= mask[r];
        }
        return any;
    }
}

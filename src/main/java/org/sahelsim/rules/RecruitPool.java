package org.sahelsim.rules;

import java.util.Arrays;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.config.RecruitmentParams;

/**
 * The pool of ready recruits of every populated cell (docs/odd/submodels/recruitment.md, "The
 * pool of a cell"), shared by all groups. Its carrying level follows the cell's grievance at once,
 * while the recruits the groups have taken from it leave a deficit that new cohorts fill only
 * slowly:
 * <pre>
 * K(c) = poolShare · eligibleShare · min(pop(c), ruralDensity · area(c)) · willing(g_c, 0)
 * Q(c) = max(0, K(c) − D(c)),     D ← D · (1 − poolRegeneration) each week,   D ← D + recruits taken
 * </pre>
 * where {@code willing(g, 0) = max(0, 1 − T/g)} is Epstein's activation share without risk: the
 * aggrieved residents. The deficit's decay is applied lazily, when a cell is read, for the weeks
 * since it was last read.
 */
final class RecruitPool {
    private final float[] deficit;
    private final int[] readWeek;

    /**
     * Every cell starts with {@code initialPoolFill} of its carrying level ready: the rest is a
     * deficit left by recruitment before the start, which regenerates like any other. Call after
     * the grievance has been initialised.
     */
    RecruitPool(SahelModel m) {
        deficit = new float[m.map.cells()];
        readWeek = new int[m.map.cells()];
        Arrays.fill(readWeek, m.week());
        double spent = 1 - m.config.recruitment().initialPoolFill();
        if (spent > 0) {
            for (int c = 0; c < deficit.length; c++) {
                deficit[c] = (float) (spent * carrying(m, c));
            }
        }
    }

    /** K(c), persons. */
    static double carrying(SahelModel m, int cell) {
        RecruitmentParams p = m.config.recruitment();
        if (!m.passable(cell) || m.map.population[cell] <= 0) {
            return 0.0;
        }
        double rural = Math.min(m.map.population[cell], p.ruralDensity() * m.map.cellAreaKm2(cell / m.map.width));
        return p.poolShare() * p.eligibleShare() * rural * Activation.willingShare(m.grievance.total(cell), 0.0, p.threshold());
    }

    /** Ready recruits in the cell this week, Q(c). */
    double available(SahelModel m, int cell) {
        return Math.max(0.0, carrying(m, cell) - deficit(m, cell));
    }

    /** The deficit D(c) this week, after its decay since the cell was last read. */
    double deficit(SahelModel m, int cell) {
        int weeks = m.week() - readWeek[cell];
        if (weeks > 0) {
            deficit[cell] *= (float) Math.pow(1 - m.config.recruitment().poolRegeneration(), weeks);
            readWeek[cell] = m.week();
        }
        return deficit[cell];
    }

    /** Records {@code n} recruits (fractional: an expectation's share) taken from the cell this week. */
    void take(SahelModel m, int cell, double n) {
        deficit[cell] = (float) (deficit(m, cell) + n);
    }
}

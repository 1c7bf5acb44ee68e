package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.Indicator;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.config.BandParams;

/**
 * Band fission (docs/odd/submodels/recruitment.md, "Band fission"): a mobile unit of a jihadist group whose
 * fighters reach {@code splitFactor} times its nominal size splits in two, and the new band is
 * raised in the cell with the largest pool of ready recruits among {@link #CANDIDATES} cells drawn
 * within {@code splitRadiusCells}. A group can so field more bands as it grows; how far it grows is
 * bounded by the pools of the cells it reaches ({@link RecruitPool}), not by the number of its
 * units.
 */
final class BandFission {
    /** Cells drawn as candidate homes of a new band. */
    static final int CANDIDATES = 8;
    private final List<ArmedUnit> parents = new ArrayList<>();

    void apply(SahelModel m, RecruitPool pool) {
        parents.clear();
        for (ArmedUnit u : m.units) {
            if (u.alive && u.isMobile() && u.faction.isJihadist() && u.fighters >= splitSize(m, u)) {
                parents.add(u);
            }
        }
        for (ArmedUnit u : parents) {
            split(m, pool, u);
        }
    }

    /**
     * Fighters at which a unit splits: {@code splitFactor} times its nominal size, the larger of its
     * establishment and twice the smallest viable unit (so that both halves survive).
     */
    static int splitSize(SahelModel m, ArmedUnit u) {
        int nominal = Math.max(u.establishment, 2 * m.config.combat().minFighters());
        return (int) Math.ceil(m.config.recruitment().bands().splitFactor() * nominal);
    }

    private static void split(SahelModel m, RecruitPool pool, ArmedUnit u) {
        int cell = home(m, pool, u);
        int n = u.fighters / 2;
        u.fighters -= n;
        ArmedUnit band = m.addUnit(u.faction, u.kind, n, u.cohesion, cell % m.map.width, cell / m.map.width);
        band.homeX = u.homeX;
        band.homeY = u.homeY;
        m.indicators.add(Indicator.BANDS_FORMED, u.faction, 1);
        m.log("band-formed", u.faction, u + " split; new " + band);
    }

    /** The candidate cell with the largest pool (the parent's cell when no candidate is passable). */
    private static int home(SahelModel m, RecruitPool pool, ArmedUnit u) {
        BandParams p = m.config.recruitment().bands();
        int r = p.splitRadiusCells();
        int best = m.map.index(u.x, u.y);
        double most = -1;
        for (int k = 0; k < CANDIDATES; k++) {
            int x = u.x + m.random.nextInt(2 * r + 1) - r;
            int y = u.y + m.random.nextInt(2 * r + 1) - r;
            if (!m.map.inBounds(x, y) || !m.passable(m.map.index(x, y))) {
                continue;
            }
            int c = m.map.index(x, y);
            double q = pool.available(m, c);
            if (q > most) {
                most = q;
                best = c;
            }
        }
        return best;
    }
}

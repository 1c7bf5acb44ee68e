package org.sahelsim.gui;

import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.Faction;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.config.ControlParams;

/**
 * Influence of each faction on one cell, as the control submodel computes it
 * (docs/odd/submodels/control.md): every living unit within its radius adds
 * {@code fighters x cohesion / (1 + d)}, d the Chebyshev distance in cells; impassable cells get none.
 * The control submodel keeps no per-cell record of it, so the inspector recomputes it.
 */
final class Influence {
    private Influence() {
    }

    /** Influence per faction ordinal on {@code cell}, in fighters. */
    static double[] at(SahelModel m, int cell) {
        double[] out = new double[Faction.count()];
        if (!m.passable(cell)) {
            return out;
        }
        ControlParams p = m.config.control();
        int x = cell % m.map.width;
        int y = cell / m.map.width;
        for (ArmedUnit u : m.units) {
            if (!u.alive) {
                continue;
            }
            int r = u.isMobile() ? p.unitRadiusCells() : p.garrisonRadiusCells();
            int d = Math.max(Math.abs(x - u.x), Math.abs(y - u.y));
            if (d <= r) {
                out[u.faction.ordinal()] += (float) (u.fighters * u.cohesion) / (1 + d);
            }
        }
        return out;
    }
}

package org.sahelsim.rules;

import org.sahelsim.model.ClashEvent;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Grievance;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.config.GrievanceParams;

/**
 * Grievance per cell (docs/odd/submodels/grievance-dynamics.md). A cell's grievance g is Epstein's
 * (2002) {@code 1 - L}: residents' grievance is {@code H·g} with hardship H ~ U(0,1). Its slow part
 * relaxes toward {@code 1 - legitimacy} of the country and rises with abuses by pro-government
 * forces, civilians they kill and the displacement that any fighting causes; its short-lived
 * backlash rises with civilians killed by pro-government forces (Condra and Shapiro 2012) and
 * decays within weeks. Both spread to cells within {@code spreadCells} with weight 1/(1 + d).
 */
final class GrievanceDynamics {
    private float[] baseline;

    /**
     * Sets every study cell to its baseline grievance, or to its region's {@code initialByRegion}
     * where that is higher; such a cell then relaxes toward its baseline like any raised cell.
     */
    void reset(SahelModel m) {
        GrievanceParams p = m.config.recruitment().grievance();
        baseline = new float[m.map.cells()];
        double[] initial = initialByRegion(m, p);
        for (int c = 0; c < baseline.length; c++) {
            if (m.passable(c)) {
                baseline[c] = (float) (1.0 - p.legitimacyIn(SahelModel.STUDY_COUNTRIES.get(m.studyCountry[c])));
                m.grievance.level[c] = baseline[c];
                short r = m.map.admin1[c];
                if (r >= 0 && initial[r] > baseline[c]) {
                    m.grievance.raise(c, initial[r] - baseline[c]);
                }
            }
        }
    }

    /** The scenario's initial grievance per region index (0 where it gives none). */
    private static double[] initialByRegion(SahelModel m, GrievanceParams p) {
        double[] out = new double[m.map.regions.size()];
        p.initialByRegion().forEach((code, level) -> {
            int r = m.map.regionIndex(code);
            if (r < 0) {
                throw new IllegalArgumentException("recruitment.grievance.initialByRegion: unknown region '" + code + "'");
            }
            out[r] = level;
        });
        return out;
    }

    /** Baseline grievance of a cell, {@code 1 - legitimacy} of its country (0 off the study area). */
    double baseline(int cell) {
        return baseline[cell];
    }

    /** Raises grievance from this week's violent events. */
    void absorb(SahelModel m) {
        GrievanceParams p = m.config.recruitment().grievance();
        for (ClashEvent e : m.weekEvents) {
            if (m.map.population[e.cell()] <= 0) {
                continue;
            }
            double lasting = p.displacement() + p.abuse(e.attacker());
            double backlash = 0;
            if (e.attacker().isProGovernment()) {
                lasting += p.civilianGrievance() * e.civilians();
                backlash = p.civilianBacklash() * e.civilians();
            }
            spread(m, e.cell(), Math.min(1.0, lasting), Math.min(1.0, backlash), p.spreadCells());
        }
    }

    private static void spread(SahelModel m, int cell, double lasting, double backlash, int radius) {
        Grievance g = m.grievance;
        int cx = cell % m.map.width;
        int cy = cell / m.map.width;
        for (int y = Math.max(0, cy - radius); y <= Math.min(m.map.height - 1, cy + radius); y++) {
            for (int x = Math.max(0, cx - radius); x <= Math.min(m.map.width - 1, cx + radius); x++) {
                int c = m.map.index(x, y);
                if (!m.passable(c)) {
                    continue;
                }
                double w = 1.0 / (1 + Math.max(Math.abs(x - cx), Math.abs(y - cy)));
                g.raise(c, lasting * w * (1 - g.level[c]));
                g.raiseBacklash(c, backlash * w);
            }
        }
    }

    /** Relaxes both parts for next week (only cells raised since they last settled). */
    void decay(SahelModel m) {
        GrievanceParams p = m.config.recruitment().grievance();
        m.grievance.relax(baseline, (float) (1 - p.levelDecay()), (float) (1 - p.backlashDecay()));
    }
}

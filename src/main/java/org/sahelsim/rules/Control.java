package org.sahelsim.rules;

import java.util.Arrays;
import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Phases;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Submodel;
import org.sahelsim.model.Territory;
import org.sahelsim.model.config.ControlParams;

/**
 * Territorial control (docs/odd/submodels/control.md). Each unit projects influence
 * {@code fighters x cohesion / (1 + d)} into the cells within its radius (d = Chebyshev distance
 * in cells). In each cell reached:
 * <ul>
 * <li>the leading faction takes an unheld cell, or one held by a neutral, once its influence reaches
 * {@code minInfluence};</li>
 * <li>it takes a cell held by a hostile faction when its influence, reduced by the holder's
 * entrenchment ({@code 1 - entrenchResist x e}), exceeds the holder's influence there plus
 * {@code minInfluence};</li>
 * <li>a cell where a hostile faction has at least {@code contestRatio} of the leader's influence is
 * contested;</li>
 * <li>an ally never takes a cell from an ally.</li>
 * </ul>
 * Entrenchment grows by 1/entrenchWeeks a week while held. An insurgent-held cell where the holder
 * has not been present for {@code abandonWeeks} falls to nobody; state-held cells persist.
 */
public final class Control implements Submodel {
    private float[][] influence;
    private int[] touched;
    private boolean[] isTouched;
    private int nTouched;

    @Override
    public int phase() {
        return Phases.CONTROL;
    }

    @Override
    public void reset(SahelModel m) {
        influence = new float[Faction.count()][m.map.cells()];
        touched = new int[m.map.cells()];
        isTouched = new boolean[m.map.cells()];
        nTouched = 0;
        seedStateTerritory(m);
        for (int k = 0; k < m.config.control().spinUpWeeks(); k++) {
            update(m, 0);
        }
    }

    @Override
    public void apply(SahelModel m) {
        update(m, m.week());
    }

    private void update(SahelModel m, int week) {
        stamp(m);
        resolve(m, week);
        entrench(m, week);
        clear();
    }

    /** Initial state territory: cells of a state's country within reach of one of its garrisons. */
    private void seedStateTerritory(SahelModel m) {
        int reach = m.config.control().stateReachCells();
        for (ArmedUnit u : m.units) {
            if (u.faction.kind != Faction.Kind.STATE || u.isMobile()) {
                continue;
            }
            for (int y = Math.max(0, u.y - reach); y <= Math.min(m.map.height - 1, u.y + reach); y++) {
                for (int x = Math.max(0, u.x - reach); x <= Math.min(m.map.width - 1, u.x + reach); x++) {
                    int c = m.map.index(x, y);
                    if (m.passable(c) && u.faction.country.equals(m.map.countryOf(c))) {
                        m.territory.assign(c, u.faction.ordinal(), 0);
                    }
                }
            }
        }
    }

    private void stamp(SahelModel m) {
        ControlParams p = m.config.control();
        for (ArmedUnit u : m.units) {
            if (!u.alive) {
                continue;
            }
            int r = u.isMobile() ? p.unitRadiusCells() : p.garrisonRadiusCells();
            float s = (float) (u.fighters * u.cohesion);
            float[] field = influence[u.faction.ordinal()];
            for (int y = Math.max(0, u.y - r); y <= Math.min(m.map.height - 1, u.y + r); y++) {
                for (int x = Math.max(0, u.x - r); x <= Math.min(m.map.width - 1, u.x + r); x++) {
                    int c = m.map.index(x, y);
                    if (!m.passable(c)) {
                        continue;
                    }
                    int d = Math.max(Math.abs(x - u.x), Math.abs(y - u.y));
                    field[c] += s / (1 + d);
                    if (!isTouched[c]) {
                        isTouched[c] = true;
                        touched[nTouched++] = c;
                    }
                }
            }
        }
    }

    private void resolve(SahelModel m, int week) {
        ControlParams p = m.config.control();
        Territory t = m.territory;
        Arrays.fill(t.contested, false);
        for (int k = 0; k < nTouched; k++) {
            int c = touched[k];
            int lead = leader(c);
            if (lead < 0 || influence[lead][c] < p.minInfluence()) {
                continue;
            }
            float top = influence[lead][c];
            int owner = t.controller[c];
            int rival = strongestHostile(m, lead, c);
            t.contested[c] = rival >= 0 && influence[rival][c] >= p.contestRatio() * top;
            if (owner >= 0 && influence[owner][c] > 0) {
                t.lastPresence[c] = week;
            }
            if (owner == lead || (owner >= 0 && m.relations.allied(owner, lead))) {
                continue;
            }
            if (owner < 0 || !m.relations.hostile(owner, lead)) {
                t.assign(c, lead, week);
            } else if (top * (1 - p.entrenchResist() * t.entrenchment[c]) > influence[owner][c] + p.minInfluence()) {
                t.assign(c, lead, week);
            }
        }
    }

    private int leader(int c) {
        int best = -1;
        float max = 0f;
        for (int f = 0; f < influence.length; f++) {
            if (influence[f][c] > max) {
                max = influence[f][c];
                best = f;
            }
        }
        return best;
    }

    private int strongestHostile(SahelModel m, int f, int c) {
        int best = -1;
        float max = 0f;
        for (int g = 0; g < influence.length; g++) {
            if (influence[g][c] > max && m.relations.hostile(f, g)) {
                max = influence[g][c];
                best = g;
            }
        }
        return best;
    }

    private void entrench(SahelModel m, int week) {
        ControlParams p = m.config.control();
        Territory t = m.territory;
        float step = 1f / p.entrenchWeeks();
        for (int c = 0; c < t.controller.length; c++) {
            int owner = t.controller[c];
            if (owner < 0) {
                continue;
            }
            t.entrenchment[c] = Math.min(1f, t.entrenchment[c] + step);
            if (Faction.of(owner).isJihadist() && week - t.lastPresence[c] > p.abandonWeeks()) {
                t.assign(c, Territory.NONE, week);
            }
        }
    }

    private void clear() {
        for (int k = 0; k < nTouched; k++) {
            int c = touched[k];
            isTouched[c] = false;
            for (float[] field : influence) {
                field[c] = 0f;
            }
        }
        nTouched = 0;
    }
}

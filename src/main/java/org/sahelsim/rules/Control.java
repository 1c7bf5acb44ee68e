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
 * has not been present for {@code abandonWeeks} falls to nobody, and a cell held by any other faction
 * after {@code stateAbandonWeeks}.
 */
public final class Control implements Submodel {
    /**
     * Influence per cell and faction, cell-major ({@code [cell * factions + f]}) so that the per-cell
     * passes read one contiguous block.
     */
    private float[] influence;
    private int factions;
    private int[] touched;
    private boolean[] isTouched;
    private int nTouched;
    /** Per faction: bit g set when g is hostile to it; rebuilt every update (stances can change). */
    private final int[] hostileMask = new int[Faction.count()];
    /** Per faction ordinal: a jihadist group (its cells are abandoned after abandonWeeks). */
    private final boolean[] jihadist = new boolean[Faction.count()];

    @Override
    public int phase() {
        return Phases.CONTROL;
    }

    @Override
    public void reset(SahelModel m) {
        factions = Faction.count();
        influence = new float[factions * m.map.cells()];
        for (Faction f : Faction.values()) {
            jihadist[f.ordinal()] = f.isJihadist();
        }
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
        buildHostility(m);
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

    private void buildHostility(SahelModel m) {
        for (int f = 0; f < factions; f++) {
            int mask = 0;
            for (int g = 0; g < factions; g++) {
                if (m.relations.hostile(f, g)) {
                    mask |= 1 << g;
                }
            }
            hostileMask[f] = mask;
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
            int f = u.faction.ordinal();
            boolean anywhere = jihadist[f];
            for (int y = Math.max(0, u.y - r); y <= Math.min(m.map.height - 1, u.y + r); y++) {
                for (int x = Math.max(0, u.x - r); x <= Math.min(m.map.width - 1, u.x + r); x++) {
                    int c = m.map.index(x, y);
                    if (anywhere ? !m.passable(c) : !m.passable(u.faction, c)) {
                        continue;
                    }
                    int d = Math.max(Math.abs(x - u.x), Math.abs(y - u.y));
                    influence[c * factions + f] += s / (1 + d);
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
            int base = c * factions;
            int lead = leader(base);
            if (lead < 0 || influence[base + lead] < p.minInfluence()) {
                continue;
            }
            float top = influence[base + lead];
            int owner = t.controller[c];
            int rival = strongestHostile(lead, base);
            t.contested[c] = rival >= 0 && influence[base + rival] >= p.contestRatio() * top;
            if (owner >= 0 && influence[base + owner] > 0) {
                t.lastPresence[c] = week;
            }
            if (owner == lead || (owner >= 0 && m.relations.allied(owner, lead))) {
                continue;
            }
            if (owner < 0 || !m.relations.hostile(owner, lead)) {
                t.assign(c, lead, week);
            } else if (top * (1 - p.entrenchResist() * t.entrenchment[c]) > influence[base + owner] + p.minInfluence()) {
                t.assign(c, lead, week);
            }
        }
    }

    /** Faction with the highest influence in the cell block at {@code base} (first on a tie), or -1. */
    private int leader(int base) {
        int best = -1;
        float max = 0f;
        for (int f = 0; f < factions; f++) {
            if (influence[base + f] > max) {
                max = influence[base + f];
                best = f;
            }
        }
        return best;
    }

    /** The faction hostile to {@code f} with the highest influence in the cell block, or -1. */
    private int strongestHostile(int f, int base) {
        int best = -1;
        float max = 0f;
        for (int mask = hostileMask[f]; mask != 0; mask &= mask - 1) {
            int g = Integer.numberOfTrailingZeros(mask);
            if (influence[base + g] > max) {
                max = influence[base + g];
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
            int limit = jihadist[owner] ? p.abandonWeeks() : p.stateAbandonWeeks();
            if (week - t.lastPresence[c] > limit) {
                t.assign(c, Territory.NONE, week);
            }
        }
    }

    private void clear() {
        for (int k = 0; k < nTouched; k++) {
            int c = touched[k];
            isTouched[c] = false;
            Arrays.fill(influence, c * factions, (c + 1) * factions, 0f);
        }
        nTouched = 0;
    }
}

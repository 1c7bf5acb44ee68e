package org.sahelsim.rules;

import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.ClashEvent;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Indicator;
import org.sahelsim.model.Indicators;
import org.sahelsim.model.Pact;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.SahelModel;
import sim.util.Bag;

/**
 * Measures, once a week, what drives the breakdown of a ceasefire in force or eroding
 * (docs/odd/submodels/ceasefire.md, "breakdown"): contact, violations and spoilers inside the
 * scope, defections between the parties, leaders killed, and the share of their residents on the
 * shared frontier.
 * Results go into the pact's driver fields.
 */
final class TruceDrivers {
    private static final int[] DX = {1, -1, 0, 0};
    private static final int[] DY = {0, 0, 1, -1};

    private TruceDrivers() {
    }

    /** Fills every driver of {@code p}; {@code cells} are the passable cells of its scope. */
    static void measure(SahelModel m, Pact p, int[] cells) {
        p.contacts = contacts(m, p);
        events(m, p);
        Indicators ind = m.indicators;
        p.defections = Math.min(ind.get(Indicator.DEFECTIONS_OUT, p.a), ind.get(Indicator.DEFECTIONS_IN, p.b))
                + Math.min(ind.get(Indicator.DEFECTIONS_OUT, p.b), ind.get(Indicator.DEFECTIONS_IN, p.a));
        p.leadersKilled = (int) (ind.get(Indicator.LEADERS_KILLED, p.a) + ind.get(Indicator.LEADERS_KILLED, p.b));
        p.competition = frontierShare(m, p, cells);
    }

    /** Zeroes the drivers of a pact that is neither in force nor eroding. */
    static void clear(Pact p) {
        p.contacts = 0;
        p.defections = 0;
        p.competition = 0;
        p.leadersKilled = 0;
        p.spoilers = 0;
        p.violations = 0;
    }

    /** Units bound on a's side, inside the scope, with a unit bound on b's side in their own or an adjacent cell. */
    static int contacts(SahelModel m, Pact p) {
        int n = 0;
        for (ArmedUnit u : m.units) {
            if (u.alive && (p.sideA & (1 << u.faction.ordinal())) != 0 && p.scope.contains(m.map, m.map.index(u.x, u.y))
                    && opponentNear(m, p, u)) {
                n++;
            }
        }
        return n;
    }

    private static boolean opponentNear(SahelModel m, Pact p, ArmedUnit u) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                if (!m.map.inBounds(u.x + dx, u.y + dy)) {
                    continue;
                }
                Bag here = m.unitGrid.getObjectsAtLocation(u.x + dx, u.y + dy);
                for (int k = 0; here != null && k < here.numObjs; k++) {
                    ArmedUnit v = (ArmedUnit) here.objs[k];
                    if (v.alive && (p.sideB & (1 << v.faction.ordinal())) != 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Violations (clashes and raids between the two sides inside the scope) and spoiler attacks: a
     * faction not bound by the pact attacks one party inside the scope while not being hostile to the
     * other party, so the victim can hold the other party responsible (assumption).
     */
    static void events(SahelModel m, Pact p) {
        int violations = 0;
        int spoilers = 0;
        for (ClashEvent e : m.weekEvents) {
            if (!p.scope.contains(m.map, e.cell())) {
                continue;
            }
            if (p.opposes(e.attacker(), e.defender())) {
                violations++;
            } else if (spoiler(m, p, e.attacker(), e.defender())) {
                spoilers++;
            }
        }
        p.violations = violations;
        p.spoilers = spoilers;
    }

    static boolean spoiler(SahelModel m, Pact p, Faction attacker, Faction victim) {
        if (p.binds(attacker)) {
            return false;
        }
        int bit = 1 << victim.ordinal();
        Faction other = (p.sideA & bit) != 0 ? p.b : (p.sideB & bit) != 0 ? p.a : null;
        return other != null && !m.relations.hostile(attacker, other);
    }

    /**
     * Competition for recruits: the share of the residents of scope cells held by either side who live
     * in a cell with a 4-neighbour held by the other side (0 when neither side holds populated cells).
     */
    static double frontierShare(SahelModel m, Pact p, int[] cells) {
        SahelMap map = m.map;
        byte[] owner = m.territory.controller;
        double held = 0;
        double frontier = 0;
        for (int c : cells) {
            int own = side(p, owner[c]);
            if (own == 0) {
                continue;
            }
            held += map.population[c];
            int x = c % map.width;
            int y = c / map.width;
            for (int k = 0; k < DX.length; k++) {
                if (map.inBounds(x + DX[k], y + DY[k]) && side(p, owner[map.index(x + DX[k], y + DY[k])]) == -own) {
                    frontier += map.population[c];
                    break;
                }
            }
        }
        return held > 0 ? frontier / held : 0.0;
    }

    /** +1 for a cell held by a's side, -1 by b's side, 0 otherwise. */
    private static int side(Pact p, byte owner) {
        if (owner < 0) {
            return 0;
        }
        int bit = 1 << owner;
        return (p.sideA & bit) != 0 ? 1 : (p.sideB & bit) != 0 ? -1 : 0;
    }
}

package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.Faction;
import org.sahelsim.model.FactionState;
import org.sahelsim.model.Indicator;
import org.sahelsim.model.Orders;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.UnitKind;
import org.sahelsim.model.config.DefectionParams;

/**
 * Defection between rival jihadist groups (docs/odd/submodels/defection.md). A mobile unit with a
 * hostile jihadist group in view defects to it with the weekly hazard
 * <pre>
 * h = rate · (1 - autonomyProtection · autonomy_own) · min(MAX_PITCH, S_rival / S_own) · (1 + grievanceWeight · grievance)
 * </pre>
 * where S is the groups' attraction in the unit's cell (affinity, momentum, pay, control: the
 * rival's recruitment pitch against the own group's hold) and the grievance against the own
 * leadership is the unit's recent loss share plus the group's unpaid share of upkeep. A defection
 * takes the whole unit with probability {@code wholeUnitShare}; otherwise the commander leaves
 * with an entourage, who join the rival's nearest unit in view, and the unit loses cohesion.
 */
final class Defection {
    /** Cap of the pitch ratio, so that a group with no hold at all does not lose units at once. */
    static final double MAX_PITCH = 3.0;
    private final List<ArmedUnit> candidates = new ArrayList<>();

    void apply(SahelModel m, Attraction attraction, LocalForces forces) {
        candidates.clear();
        for (ArmedUnit u : m.units) {
            if (u.alive && u.isMobile() && u.faction.isJihadist()) {
                candidates.add(u);
            }
        }
        for (ArmedUnit u : candidates) {
            Faction rival = rivalInView(m, forces, u);
            if (u.alive && rival != null && m.random.nextBoolean(hazard(m, attraction, u, rival))) {
                defect(m, u, rival);
            }
        }
    }

    /** The hostile jihadist group with the most strength in view of the unit, or null. */
    static Faction rivalInView(SahelModel m, LocalForces forces, ArmedUnit u) {
        Faction best = null;
        double most = 0;
        for (Faction g : Faction.values()) {
            if (g.isJihadist() && m.relations.hostile(u.faction, g) && m.state(g).enabled) {
                double s = forces.of(g.ordinal(), u.x, u.y);
                if (s > most) {
                    most = s;
                    best = g;
                }
            }
        }
        return best;
    }

    /** Weekly hazard that the unit defects to {@code rival}. */
    static double hazard(SahelModel m, Attraction attraction, ArmedUnit u, Faction rival) {
        DefectionParams p = m.config.recruitment().defection();
        FactionState own = m.state(u.faction);
        int cell = m.map.index(u.x, u.y);
        double mine = attraction.of(m, u.faction, cell);
        double theirs = attraction.of(m, rival, cell);
        double pitch = mine > 0 ? Math.min(MAX_PITCH, theirs / mine) : (theirs > 0 ? MAX_PITCH : 0.0);
        double grievance = lossShare(u) + own.unpaidShare;
        return hazard(p, own.commanderAutonomy, pitch, grievance);
    }

    /** The hazard formula itself, clamped to 0..1. */
    static double hazard(DefectionParams p, double autonomy, double pitch, double grievance) {
        double h = p.rate() * (1 - p.autonomyProtection() * autonomy) * pitch * (1 + p.grievanceWeight() * grievance);
        return Math.max(0.0, Math.min(1.0, h));
    }

    /** Share of the unit lost recently: recentLosses / (fighters + recentLosses). */
    static double lossShare(ArmedUnit u) {
        double lost = Math.max(0, u.recentLosses);
        return lost / (u.fighters + lost);
    }

    private static void defect(SahelModel m, ArmedUnit u, Faction rival) {
        DefectionParams p = m.config.recruitment().defection();
        Faction from = u.faction;
        int minimum = m.config.combat().minFighters();
        if (m.random.nextBoolean(p.wholeUnitShare())) {
            int n = u.fighters;
            u.faction = rival;
            u.orders = Orders.CONSOLIDATE;
            u.quarry = null;
            u.plannedWeek = -1000;
            record(m, from, rival, n, u + " defected with all its fighters");
            return;
        }
        int n = Math.min(u.fighters - minimum, 1 + Draws.poisson(m.random, p.entourageMean()));
        if (n <= 0) {
            return;
        }
        u.fighters -= n;
        u.cohesion *= 1 - p.cohesionShock();
        ArmedUnit host = nearest(m, rival, u);
        if (host != null) {
            host.fighters += n;
        } else {
            m.addUnit(rival, UnitKind.BAND, n, 0.6, u.x, u.y);
        }
        record(m, from, rival, n, "a commander of " + u + " defected with " + (n - 1) + " fighters");
    }

    /** The rival's living mobile unit closest to {@code u} within the view window, or null. */
    private static ArmedUnit nearest(SahelModel m, Faction rival, ArmedUnit u) {
        ArmedUnit best = null;
        int bestD = 3 * LocalForces.BLOCK;
        for (ArmedUnit v : m.units) {
            int d = Math.max(Math.abs(v.x - u.x), Math.abs(v.y - u.y));
            if (v.alive && v.faction == rival && v.isMobile() && d < bestD) {
                bestD = d;
                best = v;
            }
        }
        return best;
    }

    private static void record(SahelModel m, Faction from, Faction to, int n, String detail) {
        m.indicators.add(Indicator.DEFECTIONS_OUT, from, n);
        m.indicators.add(Indicator.DEFECTIONS_IN, to, n);
        m.log("defection", from, detail + " to " + to);
    }
}

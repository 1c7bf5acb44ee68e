package org.sahelsim.rules;

import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.Orders;
import org.sahelsim.model.Phases;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Submodel;
import org.sahelsim.model.config.CombatParams;
import org.sahelsim.model.config.MovementParams;

/**
 * Decision phase (docs/odd/submodels/movement.md, "destination choice"): units recover cohesion,
 * broken units retreat home, and units whose plan is stale choose a destination by a softmax over
 * the utility of sampled candidate cells.
 */
public final class Decisions implements Submodel {
    private Presence presence;
    private final double[] scores = new double[65];
    private final int[] candidates = new int[65];

    @Override
    public int phase() {
        return Phases.DECISIONS;
    }

    @Override
    public void reset(SahelModel m) {
        presence = new Presence(m.map.width, m.map.height);
    }

    @Override
    public void apply(SahelModel m) {
        presence.update(m);
        CombatParams c = m.config.combat();
        for (ArmedUnit u : m.units) {
            if (!u.alive) {
                continue;
            }
            double lead = m.state(u.faction).leadership;
            u.cohesion = Math.min(1.0, u.cohesion + c.cohesionRecovery() * lead);
            u.recentLosses *= 0.88;
            if (u.isMobile()) {
                decide(m, u);
            }
        }
    }

    private void decide(SahelModel m, ArmedUnit u) {
        MovementParams p = m.config.movement();
        if (u.cohesion < m.config.combat().breakCohesion()) {
            u.orders = Orders.RETREAT;
            u.targetX = u.homeX;
            u.targetY = u.homeY;
            return;
        }
        if (pursue(m, u, p)) {
            return;
        }
        boolean arrived = u.x == u.targetX && u.y == u.targetY;
        if (!arrived && u.orders != Orders.RETREAT && m.week() - u.plannedWeek < p.replanWeeks()) {
            return;
        }
        plan(m, u, p);
    }

    private void plan(SahelModel m, ArmedUnit u, MovementParams p) {
        int n = 0;
        candidates[n] = m.map.index(u.x, u.y);
        scores[n] = Utility.score(m, presence, u, candidates[n]);
        n++;
        int r = p.planRadiusCells();
        for (int k = 0; k < p.candidates(); k++) {
            int x = u.x + m.random.nextInt(2 * r + 1) - r;
            int y = u.y + m.random.nextInt(2 * r + 1) - r;
            if (!m.map.inBounds(x, y) || !m.passable(u.faction, m.map.index(x, y))) {
                continue;
            }
            candidates[n] = m.map.index(x, y);
            scores[n] = Utility.score(m, presence, u, candidates[n]);
            n++;
        }
        int chosen = candidates[Draws.softmax(m.random, scores, n, p.temperature())];
        u.targetX = chosen % m.map.width;
        u.targetY = chosen / m.map.width;
        u.plannedWeek = m.week();
        u.orders = Utility.ordersFor(m, presence, u, chosen);
        u.quarry = u.orders == Orders.ATTACK ? nearestHostile(m, u, chosen, p.planRadiusCells()) : null;
        if (u.quarry != null) {
            u.targetX = u.quarry.x;
            u.targetY = u.quarry.y;
        }
    }

    /** Keeps chasing a living quarry within twice the planning radius; false when there is none. */
    private static boolean pursue(SahelModel m, ArmedUnit u, MovementParams p) {
        ArmedUnit q = u.quarry;
        if (u.orders != Orders.ATTACK || q == null || !q.alive || !m.relations.hostile(u.faction, q.faction)
                || m.truces.restrains(u.faction, q.faction, m.map.index(q.x, q.y))
                || Math.max(Math.abs(q.x - u.x), Math.abs(q.y - u.y)) > 2 * p.planRadiusCells()
                || m.week() - u.plannedWeek >= 2 * p.replanWeeks()) {
            u.quarry = null;
            return false;
        }
        u.targetX = q.x;
        u.targetY = q.y;
        return true;
    }

    /**
     * The hostile unit closest to the chosen destination and within {@code radius} of the unit (what
     * informants report), or null; units of a ceasefire partner inside its scope are not hunted.
     */
    private static ArmedUnit nearestHostile(SahelModel m, ArmedUnit u, int dest, int radius) {
        int dx = dest % m.map.width;
        int dy = dest / m.map.width;
        ArmedUnit best = null;
        int bestD = Integer.MAX_VALUE;
        for (ArmedUnit v : m.units) {
            if (!v.alive || !m.relations.hostile(u.faction, v.faction)
                    || Math.max(Math.abs(v.x - u.x), Math.abs(v.y - u.y)) > radius
                    || m.truces.restrains(u.faction, v.faction, m.map.index(v.x, v.y))) {
                continue;
            }
            int d = Math.max(Math.abs(v.x - dx), Math.abs(v.y - dy));
            if (d < bestD) {
                bestD = d;
                best = v;
            }
        }
        return best;
    }

    /** The sensing field of the current week (read by tests and the GUI). */
    public Presence presence() {
        return presence;
    }
}

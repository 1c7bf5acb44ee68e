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
            if (!m.map.inBounds(x, y) || !m.passable(m.map.index(x, y))) {
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
    }

    /** The sensing field of the current week (read by tests and the GUI). */
    public Presence presence() {
        return presence;
    }
}

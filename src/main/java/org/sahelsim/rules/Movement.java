package org.sahelsim.rules;

import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.Phases;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Submodel;
import sim.util.Bag;

/**
 * Movement phase (docs/odd/submodels/movement.md): units are stepped in a random order drawn each
 * week; a mobile unit spends {@code speedCells} move points walking cell by cell toward its target.
 * Entering a river cell costs one extra point (crossings are slow); units never leave the land of
 * the study countries.
 */
public final class Movement implements Submodel {
    private static final int[] DX = {1, -1, 0, 0, 1, 1, -1, -1};
    private static final int[] DY = {0, 0, 1, -1, 1, -1, 1, -1};
    private final Bag order = new Bag();

    @Override
    public int phase() {
        return Phases.MOVEMENT;
    }

    @Override
    public void apply(SahelModel m) {
        Draws.shuffleUnits(m, order);
        for (int i = 0; i < order.numObjs; i++) {
            ((ArmedUnit) order.objs[i]).step(m);
        }
    }

    /** Walks the unit toward its target; called from {@link ArmedUnit#step}. */
    public void move(SahelModel m, ArmedUnit u) {
        int points = movePoints(m, u);
        while (points > 0 && (u.x != u.targetX || u.y != u.targetY)) {
            int next = bestStep(m, u);
            if (next < 0) {
                return;
            }
            points -= m.map.has(next, SahelMap.RIVER) ? 2 : 1;
            m.place(u, next % m.map.width, next / m.map.width);
            u.movedWeek = m.week();
        }
    }

    /**
     * Move points this week: {@code speedCells}, reduced for insurgents by the movement suppression
     * of their cell (drone coverage: the anticipatory effect), with the fractional part drawn at
     * random so the mean is exact.
     */
    static int movePoints(SahelModel m, ArmedUnit u) {
        int speed = m.config.movement().speedCells();
        if (!u.faction.isJihadist()) {
            return speed;
        }
        double points = speed * (1.0 - m.moveSuppression[m.map.index(u.x, u.y)]);
        int whole = (int) points;
        return whole + (m.random.nextBoolean(points - whole) ? 1 : 0);
    }

    /** Passable neighbour closest to the target, preferring dry cells; random among ties. */
    private int bestStep(SahelModel m, ArmedUnit u) {
        int best = -1;
        double bestCost = Double.MAX_VALUE;
        int start = m.random.nextInt(DX.length);
        for (int k = 0; k < DX.length; k++) {
            int d = (start + k) % DX.length;
            int x = u.x + DX[d];
            int y = u.y + DY[d];
            if (!m.map.inBounds(x, y)) {
                continue;
            }
            int cell = m.map.index(x, y);
            if (!m.passable(u.faction, cell)) {
                continue;
            }
            double cost = Math.max(Math.abs(u.targetX - x), Math.abs(u.targetY - y))
                    + (m.map.has(cell, SahelMap.RIVER) ? 0.5 : 0);
            if (cost < bestCost) {
                bestCost = cost;
                best = cell;
            }
        }
        int here = Math.max(Math.abs(u.targetX - u.x), Math.abs(u.targetY - u.y));
        return bestCost < here ? best : -1;
    }
}

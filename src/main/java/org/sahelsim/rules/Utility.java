package org.sahelsim.rules;

import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.BaseArea;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Orders;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.config.MovementParams;

/**
 * Utility of a destination cell for a unit (docs/odd/submodels/movement.md):
 *
 * <pre>
 * U = wPopulation * ln(1 + pop / 1000)      (jihadist groups: rural residents only, see residents())
 *   + wFrontier   * [cell not held by the unit's faction or an ally]
 *   + wBorder     * [cell on a border between study countries]
 *   + raceWeight  * [cell on a Niger-Nigeria-Benin border, and the unit's group is party to a ceasefire]
 *   + wEnemy      * e,  e = min(1, H/S) * clamp(2 ln(B / (H attackRatio)), -2, 1)
 *   + wBase (1 - a) * [cell in the base area of the unit's group], a = its commanderAutonomy
 *   - wHome       * max(0, d(home, cell) - leash) / leash
 *   - travel cost  (distance / speed, plus river and desert surcharges at the destination)
 * </pre>
 * where S is the unit's strength, B its side's (own faction and allies) and H the hostile strength
 * sensed around the cell, less that of factions under a ceasefire with the unit's faction covering
 * the cell; a cell such a partner holds there has no frontier value (docs/odd/submodels/ceasefire.md).
 */
final class Utility {
    private Utility() {
    }

    static double score(SahelModel m, Presence presence, ArmedUnit u, int cell) {
        MovementParams p = m.config.movement();
        SahelMap map = m.map;
        int x = cell % map.width;
        int y = cell / map.width;
        double s = p.wPopulation() * Math.log1p(residents(m, u, cell) / 1000.0);
        byte owner = m.territory.controller[cell];
        if ((owner < 0 || !m.relations.allied(owner, u.faction.ordinal())) && !partnerHeld(m, u.faction, owner, cell)) {
            s += p.wFrontier() * frontierValue(m, u.faction, owner);
        }
        if (m.border[cell]) {
            s += p.wBorder();
        }
        if (m.raceBorder[cell] && u.faction.isJihadist() && m.truces.redeploying(u.faction)) {
            s += m.config.ceasefires().raceWeight();
        }
        s += p.wEnemy() * enemyTerm(m, presence, u, x, y);
        if (p.wBase() > 0 && BaseArea.contains(map, m.state(u.faction).base, cell)) {
            s += p.wBase() * (1 - m.state(u.faction).commanderAutonomy);
        }
        int home = Math.max(Math.abs(x - u.homeX), Math.abs(y - u.homeY));
        s -= p.wHome() * Math.max(0, home - p.leashCells()) / (double) p.leashCells();
        int dist = Math.max(Math.abs(x - u.x), Math.abs(y - u.y));
        s -= dist / (double) Math.max(1, p.speedCells() * p.replanWeeks());
        if (map.has(cell, SahelMap.RIVER)) {
            s -= p.riverCost();
        }
        if (map.climate[cell] == 0) {
            s -= p.desertCost();
        }
        return s;
    }

    /**
     * Residents that draw the unit: all of them for pro-government forces; for jihadist groups only
     * the rural residents, up to {@code recruitment.ruralDensity} (the towns stay with the state).
     */
    static double residents(SahelModel m, ArmedUnit u, int cell) {
        double pop = m.map.population[cell];
        if (!u.faction.isJihadist()) {
            return pop;
        }
        return Math.min(pop, m.config.recruitment().ruralDensity() * m.map.cellAreaKm2(cell / m.map.width));
    }

    /** Insurgents value any cell they do not hold; state forces value cells held by enemies. */
    private static double frontierValue(SahelModel m, Faction f, byte owner) {
        if (f.isJihadist()) {
            return 1.0;
        }
        return owner >= 0 && m.relations.hostile(owner, f.ordinal()) ? 1.0 : 0.2;
    }

    /**
     * Pull toward (positive) or away from (negative) hostile forces: the local balance of forces
     * b = (own side's strength around the cell, counting the unit itself) / (hostile strength
     * around it); e = min(1, H / S) * clamp(2 ln(b / attackRatio), -2, 1).
     */
    static double enemyTerm(SahelModel m, Presence presence, ArmedUnit u, int x, int y) {
        double hostile = presence.hostileAround(m, u.faction, x, y) - truceSpared(m, presence, u.faction, x, y);
        if (hostile <= 0) {
            return 0;
        }
        double own = Math.max(1, u.fighters * u.cohesion);
        double side = presence.friendlyAround(m, u.faction, x, y) + (sensedFrom(u, x, y) ? 0 : own);
        double pressure = Math.min(1, hostile / own);
        double balance = 2 * Math.log(side / hostile / m.config.combat().attackRatio());
        return pressure * Math.max(-2, Math.min(1, balance));
    }

    /**
     * A cell held by a party the unit's faction has a ceasefire with (in force or eroding) covering
     * the cell: the truce leaves the partner's ground alone, so it has no frontier value.
     */
    private static boolean partnerHeld(SahelModel m, Faction f, byte owner, int cell) {
        return owner >= 0 && m.truces.restrains(f, Faction.of(owner), cell);
    }

    /**
     * Hostile strength around (x, y) that belongs to factions under a ceasefire with f covering the
     * cell: not a target, so neither attracts nor repels (units redeploy to other fronts).
     */
    static double truceSpared(SahelModel m, Presence presence, Faction f, int x, int y) {
        if (!m.truces.redeploying(f)) {
            return 0;
        }
        int cell = m.map.index(x, y);
        double spared = 0;
        for (Faction g : Faction.values()) {
            if (m.relations.hostile(f, g) && m.truces.restrains(f, g, cell)) {
                spared += presence.factionAround(g, x, y);
            }
        }
        return spared;
    }

    /** Whether the unit's own strength is already inside the sensing window around (x, y). */
    private static boolean sensedFrom(ArmedUnit u, int x, int y) {
        return Math.abs(x / Presence.BLOCK - u.x / Presence.BLOCK) <= 1 && Math.abs(y / Presence.BLOCK - u.y / Presence.BLOCK) <= 1;
    }

    static Orders ordersFor(SahelModel m, Presence presence, ArmedUnit u, int cell) {
        int x = cell % m.map.width;
        int y = cell / m.map.width;
        if (enemyTerm(m, presence, u, x, y) > 0) {
            return Orders.ATTACK;
        }
        byte owner = m.territory.controller[cell];
        return owner == u.faction.ordinal() ? Orders.CONSOLIDATE : Orders.EXPAND;
    }
}

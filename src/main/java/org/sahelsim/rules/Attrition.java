package org.sahelsim.rules;

import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.Orders;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.config.CombatParams;

/**
 * Stochastic Lanchester attrition for one weekly engagement (docs/odd/submodels/combat.md).
 *
 * <p>Expected losses of side B are {@code lethality * S_A * c_B}, where S_A is A's effective
 * strength (fighters x cohesion x capability multiplier, times terrain for the defender). The
 * aimed-fire (square-law) form has c = 1. When pro-government forces fire on defending insurgents
 * the insurgents are hidden, and c = X / (X + concealment) with X their number: fire is then
 * proportional to the target density, which is Deitchman's guerrilla (linear) law, saturating to
 * the square law for large concentrations. Realised losses are Poisson draws, capped at the
 * fighters present.
 */
public final class Attrition {
    /** Surprise: raiders fight at this multiple of their strength. */
    static final double RAID_SURPRISE = 1.5;

    private Attrition() {
    }

    /** Attacking strength. */
    public static double attack(SahelModel m, ArmedUnit u) {
        return u.strength(m.config.combat().multiplier(m.state(u.faction).capability));
    }

    /** Defending strength, including terrain. */
    public static double defence(SahelModel m, ArmedUnit u) {
        return Math.max(1e-9, attack(m, u) * terrain(m, m.map.index(u.x, u.y)));
    }

    /** Product of the terrain multipliers that apply to a defender in the cell. */
    public static double terrain(SahelModel m, int cell) {
        CombatParams p = m.config.combat();
        double t = 1.0;
        if (m.siteAt[cell] != null) {
            t *= p.urbanDefence();
        }
        if (m.map.has(cell, SahelMap.PARK)) {
            t *= p.coverDefence();
        }
        if (m.map.has(cell, SahelMap.RIVER)) {
            t *= p.riverDefence();
        }
        return t;
    }

    /**
     * Losses {attacker, defender} of one engagement. Each side fights with a party, a share φ of
     * its fighters drawn from {@link #engagedShare}; the fire of each party is {@code lethality}
     * times its share of the unit's strength, and no side loses more than its party.
     */
    static int[] losses(SahelModel m, ArmedUnit a, ArmedUnit d, boolean raid) {
        CombatParams p = m.config.combat();
        double shareA = engagedShare(m, p);
        double shareD = engagedShare(m, p);
        double sa = attack(m, a) * shareA * (raid ? RAID_SURPRISE : 1.0);
        double sd = defence(m, d) * shareD;
        double concealD = hidden(d, a) ? d.fighters / (d.fighters + p.concealment()) : 1.0;
        int lossD = Math.min(party(d, shareD), Draws.poisson(m.random, p.lethality() * sa * concealD));
        int lossA = Math.min(party(a, shareA), Draws.poisson(m.random, p.lethality() * sd));
        return new int[] {lossA, lossD};
    }

    /**
     * Share of a unit engaged: a power law {@code P(φ) ∝ φ^-α} on {@code engagedShareMin..1}
     * (Bohorquez et al. 2009), drawn by inversion, {@code φ = φmin · U^(-1/(α-1))}, capped at 1.
     */
    static double engagedShare(SahelModel m, CombatParams p) {
        double u = 1.0 - m.random.nextDouble();
        return Math.min(1.0, p.engagedShareMin() * Math.pow(u, -1.0 / (p.engagedExponent() - 1.0)));
    }

    /** Fighters in a unit's party: at least one. */
    private static int party(ArmedUnit u, double share) {
        return Math.max(1, (int) Math.ceil(share * u.fighters));
    }

    /** Insurgents defending against pro-government fire are hidden among the population. */
    static boolean hidden(ArmedUnit target, ArmedUnit shooter) {
        return target.faction.isJihadist() && shooter.faction.isProGovernment();
    }

    /** Applies losses: fighters, cohesion, destruction and breaking. */
    public static void apply(SahelModel m, ArmedUnit u, int loss) {
        if (loss <= 0 || !u.alive) {
            return;
        }
        CombatParams p = m.config.combat();
        double share = loss / (double) u.fighters;
        u.fighters -= loss;
        u.recentLosses += loss;
        u.cohesion = Math.max(0.0, u.cohesion - p.cohesionLoss() * share);
        if (u.fighters < p.minFighters()) {
            m.kill(u, "destroyed");
        } else if (u.cohesion < p.breakCohesion() && u.isMobile()) {
            u.orders = Orders.RETREAT;
            u.targetX = u.homeX;
            u.targetY = u.homeY;
        }
    }
}

package org.sahelsim.rules;

import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.Indicator;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.config.DesertionParams;

/**
 * Desertion (docs/odd/submodels/desertion.md): every week each fighter of a mobile jihadist unit
 * leaves with probability
 * <pre>
 * d = base + lossWeight · max(0, ℓ - lossThreshold) + unpaidWeight · unpaid
 * </pre>
 * where ℓ = recentLosses / (fighters + recentLosses) is the share of the unit lost in the last
 * weeks (sustained losses) and {@code unpaid} the group's unpaid share of upkeep. The number who
 * leave is a Poisson draw; a unit left below {@code minFighters} disperses.
 */
final class Desertion {

    void apply(SahelModel m) {
        DesertionParams p = m.config.recruitment().desertion();
        int minimum = m.config.combat().minFighters();
        for (ArmedUnit u : m.units) {
            if (!u.alive || !u.isMobile() || !u.faction.isJihadist()) {
                continue;
            }
            double d = rate(p, Defection.lossShare(u), m.state(u.faction).unpaidShare);
            int n = Math.min(u.fighters, Draws.poisson(m.random, u.fighters * d));
            if (n <= 0) {
                continue;
            }
            u.fighters -= n;
            m.indicators.add(Indicator.DESERTIONS, u.faction, n);
            if (u.fighters < minimum) {
                m.indicators.add(Indicator.DESERTIONS, u.faction, u.fighters);
                u.fighters = 0;
                m.kill(u, "dispersed by desertion");
            }
        }
    }

    /** Weekly desertion probability of one fighter, clamped to 0..1. */
    static double rate(DesertionParams p, double lossShare, double unpaid) {
        double d = p.base() + p.lossWeight() * Math.max(0, lossShare - p.lossThreshold()) + p.unpaidWeight() * unpaid;
        return Math.max(0.0, Math.min(1.0, d));
    }
}

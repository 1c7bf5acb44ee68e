package org.sahelsim.rules;

import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.Capability;
import org.sahelsim.model.ClashEvent;
import org.sahelsim.model.FactionState;
import org.sahelsim.model.Orders;
import org.sahelsim.model.Phases;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Site;
import org.sahelsim.model.Submodel;
import org.sahelsim.model.UnitKind;
import org.sahelsim.model.config.CombatParams;
import sim.util.Bag;

/**
 * Combat phase (docs/odd/submodels/combat.md). In a random order, each mobile unit that has not
 * fought this week looks at the hostile units in its own and the 8 adjacent cells and picks the
 * one it can best beat. It attacks with a probability that rises smoothly with the strength ratio
 * ({@link #engageChance}); an insurgent that does not attack may instead raid a garrison it could
 * not beat in the open. Losses follow {@link Attrition}.
 */
public final class Combat implements Submodel {
    /** A raid needs at least this strength ratio: below it the attackers would not get in. */
    static final double RAID_MIN_RATIO = 0.25;
    private final Bag order = new Bag();

    @Override
    public int phase() {
        return Phases.COMBAT;
    }

    @Override
    public void apply(SahelModel m) {
        Draws.shuffleUnits(m, order);
        for (int i = 0; i < order.numObjs; i++) {
            ArmedUnit u = (ArmedUnit) order.objs[i];
            if (u.alive && u.isMobile() && u.engagedWeek != m.week() && u.orders != Orders.RETREAT) {
                act(m, u);
            }
        }
        m.sweepDead();
    }

    private void act(SahelModel m, ArmedUnit u) {
        CombatParams p = m.config.combat();
        ArmedUnit target = null;
        double bestRatio = 0;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                Bag here = m.map.inBounds(u.x + dx, u.y + dy) ? m.unitGrid.getObjectsAtLocation(u.x + dx, u.y + dy) : null;
                for (int k = 0; here != null && k < here.numObjs; k++) {
                    ArmedUnit v = (ArmedUnit) here.objs[k];
                    if (v.alive && v.engagedWeek != m.week() && m.relations.hostile(u.faction, v.faction)
                            && !m.truces.forbids(u.faction, v.faction, m.map.index(v.x, v.y))) {
                        double ratio = Attrition.attack(m, u) / Attrition.defence(m, v);
                        if (ratio > bestRatio) {
                            bestRatio = ratio;
                            target = v;
                        }
                    }
                }
            }
        }
        if (target == null) {
            return;
        }
        double freedom = u.faction.isJihadist() ? 1.0 - m.suppression[m.map.index(u.x, u.y)]
                : target.faction.isJihadist() ? p.findProbability() : 1.0;
        if (m.random.nextBoolean(engageChance(p, bestRatio) * freedom)) {
            resolve(m, u, target, ClashEvent.Type.CLASH);
        } else if (canRaid(m, u, target, bestRatio) && m.random.nextBoolean(p.raidProbability() * freedom)) {
            resolve(m, u, target, ClashEvent.Type.RAID);
        }
    }

    /**
     * Weekly chance of attacking at strength ratio r: {@code engageProbability / (1 + (attackRatio / r)^4)},
     * half the maximum at {@code r = attackRatio}, about a sixth of it at parity (attackRatio 1.2), and
     * near zero against a much stronger enemy.
     */
    static double engageChance(CombatParams p, double ratio) {
        return p.engageProbability() / (1.0 + Math.pow(p.attackRatio() / ratio, 4));
    }

    /** Insurgents with at least IEDs raid garrisons; air bases need the complex-raid capability. */
    static boolean canRaid(SahelModel m, ArmedUnit u, ArmedUnit target, double ratio) {
        if (!u.faction.isJihadist() || target.kind != UnitKind.GARRISON || ratio < RAID_MIN_RATIO) {
            return false;
        }
        Capability cap = m.state(u.faction).capability;
        Site s = m.siteAt[m.map.index(target.x, target.y)];
        boolean airBase = s != null && s.kind() == Site.SiteKind.AIR_BASE;
        return airBase ? cap.atLeast(Capability.COMPLEX_RAID) : cap.atLeast(Capability.IED);
    }

    private void resolve(SahelModel m, ArmedUnit a, ArmedUnit d, ClashEvent.Type type) {
        int[] losses = Attrition.losses(m, a, d, type == ClashEvent.Type.RAID);
        int cell = m.map.index(d.x, d.y);
        int civilians = Draws.poisson(m.random,
                m.config.combat().civilianRate() * (losses[0] + losses[1]) * Math.min(1.0, m.map.population[cell] / 2000.0));
        a.engagedWeek = m.week();
        d.engagedWeek = m.week();
        Site site = m.siteAt[cell];
        String region = m.map.regionOf(cell) == null ? "" : m.map.regionOf(cell).code();
        m.weekEvents.add(new ClashEvent(m.week(), m.date(), cell, region, a.faction, d.faction, type,
                losses[0], losses[1], civilians, type == ClashEvent.Type.RAID && site != null ? site.name() : ""));
        if (type == ClashEvent.Type.RAID && site != null) {
            DronePressure.baseRaided(m, a.faction, site);
        }
        recordMomentum(m.state(a.faction), m.state(d.faction), losses[0], losses[1]);
        Attrition.apply(m, a, losses[0]);
        Attrition.apply(m, d, losses[1]);
        if (type == ClashEvent.Type.RAID && a.alive) {
            a.orders = Orders.RETREAT;
            a.targetX = a.homeX;
            a.targetY = a.homeY;
        }
    }

    private static void recordMomentum(FactionState a, FactionState d, int lossA, int lossD) {
        double outcome = (lossD - lossA) / (double) (lossA + lossD + 1);
        a.recordOutcome(outcome, 0.05);
        d.recordOutcome(-outcome, 0.05);
    }
}

package org.sahelsim.rules;

import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.ClashEvent;
import org.sahelsim.model.DroneWing;
import org.sahelsim.model.Indicator;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Site;
import org.sahelsim.model.config.DroneParams;
import sim.util.Bag;

/**
 * Detection and strikes of the drone phase (docs/odd/submodels/drone-pressure.md). In a random
 * order, each living unit is looked for by the wings in service, in file order, whose owner is
 * hostile to it and whose patrol disc holds its cell; the first wing that detects it may strike it.
 * A unit is detected at most once a week, and a wing makes at most one strike per sortie.
 */
final class DroneStrikes {
    private final Bag order = new Bag();

    void apply(SahelModel m) {
        Draws.shuffleUnits(m, order);
        for (int i = 0; i < order.numObjs; i++) {
            ArmedUnit u = (ArmedUnit) order.objs[i];
            if (u.alive) {
                lookFor(m, u);
            }
        }
        m.sweepDead();
    }

    private static void lookFor(SahelModel m, ArmedUnit u) {
        DroneParams p = m.config.drones();
        for (DroneWing w : m.wings) {
            if (w.sorties == 0 || !m.relations.hostile(w.owner(), u.faction) || !w.covers(m.map, u.x, u.y)) {
                continue;
            }
            if (m.random.nextBoolean(detectChance(m, w, u))) {
                m.indicators.add(Indicator.DETECTIONS, w.owner(), 1);
                if (w.strikesLeft > 0 && m.random.nextBoolean(p.strikeProbability())) {
                    strike(m, w, u);
                }
                return;
            }
        }
    }

    /**
     * Weekly chance that wing {@code w} detects unit {@code u}:
     * {@code detectionRate · coverage_w · ISR_w · visibility(cell, moved) · (1 − counterDrone)}.
     */
    static double detectChance(SahelModel m, DroneWing w, ArmedUnit u) {
        DroneParams p = m.config.drones();
        double moved = u.movedWeek == m.week() ? 1.0 : p.stationaryVisibility();
        return p.detectionRate() * w.coverage * w.isr(m) * moved * visibility(m, m.map.index(u.x, u.y))
                * (1 - p.counterSkill(u.faction));
    }

    /**
     * How visible a unit is in a cell, 0..1: {@code parkVisibility} in a park, {@code townVisibility}
     * at a town (a site other than an air base), times the crowd factor {@code 1 − exposure}.
     */
    static double visibility(SahelModel m, int cell) {
        DroneParams p = m.config.drones();
        double v = 1 - exposure(m, cell);
        if (m.map.has(cell, SahelMap.PARK)) {
            v *= p.parkVisibility();
        }
        Site s = m.siteAt[cell];
        if (s != null && s.kind() != Site.SiteKind.AIR_BASE) {
            v *= p.townVisibility();
        }
        return v;
    }

    /** Share of a strike's surroundings that is crowded: {@code density / (density + crowdDensity)}. */
    static double exposure(SahelModel m, int cell) {
        double density = m.map.population[cell] / m.map.cellAreaKm2(cell / m.map.width);
        return density / (density + m.config.drones().crowdDensity());
    }

    /** Mean civilians killed by one strike: {@code civiliansPerMiss · (1 − accuracy) · exposure}. */
    static double civilianMean(SahelModel m, DroneWing w, int cell) {
        return m.config.drones().civiliansPerMiss() * (1 - w.setup.accuracy()) * exposure(m, cell);
    }

    private static void strike(SahelModel m, DroneWing w, ArmedUnit u) {
        DroneParams p = m.config.drones();
        int cell = m.map.index(u.x, u.y);
        int kills = Math.min(u.fighters, Draws.poisson(m.random, p.killsPerStrike()));
        int civilians = Draws.poisson(m.random, civilianMean(m, w, cell));
        w.strikesLeft--;
        m.indicators.add(Indicator.STRIKES, w.owner(), 1);
        m.indicators.add(Indicator.STRIKE_KILLS, u.faction, kills);
        m.indicators.add(Indicator.STRIKE_CIVILIANS, w.owner(), civilians);
        String region = m.map.regionOf(cell) == null ? "" : m.map.regionOf(cell).code();
        m.weekEvents.add(new ClashEvent(m.week(), m.date(), cell, region, w.owner(), u.faction,
                ClashEvent.Type.STRIKE, 0, kills, civilians, w.base));
        raiseBacklash(m, cell, civilians);
        Attrition.apply(m, u, kills);
        if (u.alive && m.random.nextBoolean(p.decapitation().commanderHitProbability())) {
            Decapitation.commanderKilled(m, u, "strike by " + w.name());
        }
        if (m.random.nextBoolean(p.decapitation().leaderHitProbability())) {
            Decapitation.leaderKilled(m, u.faction, "strike by " + w.name());
        }
    }

    /** Adds {@code backlashPerCivilian · civilians} to the backlash of every cell within the radius. */
    static void raiseBacklash(SahelModel m, int cell, int civilians) {
        if (civilians == 0) {
            return;
        }
        DroneParams p = m.config.drones();
        int r = p.backlashRadiusCells();
        int cx = cell % m.map.width;
        int cy = cell / m.map.width;
        double amount = p.backlashPerCivilian() * civilians;
        for (int y = cy - r; y <= cy + r; y++) {
            for (int x = cx - r; x <= cx + r; x++) {
                if (m.map.inBounds(x, y)) {
                    m.grievance.raiseBacklash(m.map.index(x, y), amount);
                }
            }
        }
    }
}

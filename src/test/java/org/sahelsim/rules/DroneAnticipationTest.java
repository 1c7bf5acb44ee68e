package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.ClashEvent;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Indicator;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.config.ScenarioConfig;
import org.sahelsim.testing.MicroWorld;

/**
 * The anticipatory effect of drone coverage (Mir and Moore 2019), in a micro-world where drones
 * see nothing and strike nothing: being watched alone must lower insurgent moves and attacks,
 * and full coverage must cut attacks by roughly 40-60%. This world is also where
 * {@code attackSuppression} is calibrated (docs/odd/submodels/drone-pressure.md): 24 JNIM bands
 * and 18 Niger columns share the west half for a year at low lethality, so that forces stay
 * intact and the attack count measures the rate of attacks rather than who wiped out whom.
 */
class DroneAnticipationTest {
    static final int SEEDS = 30;
    static final int WEEKS = 52;
    private static final String FORCES = """
            factions: {NIGER: {drones: true}}
            combat: {lethality: 0.005}
            forces:
              - {faction: JNIM, region: NE-6, fighters: 2400, units: 24}
              - {faction: NIGER, region: NE-6, fighters: 1800, units: 18, kind: column}
            """;
    /** One wing whose 700 km disc holds the whole micro map, flying enough for full coverage; it never detects. */
    static final String WATCH = """
            drones:
              detectionRate: 0
              areaPerSortieKm2: 100000
              wings:
                - {name: Watch, owner: NIGER, base: West Air Base, aircraft: 16, sortiesPerAircraft: 1, rangeKm: 700}
            """;
    private static final String NO_WATCH = "drones: {detectionRate: 0}\n";

    record Tally(int attacks, int cellsMoved, int strikes) {
    }

    static Tally simulate(ScenarioConfig c, long seed) {
        SahelModel m = MicroWorld.start(c, seed, List.of(new DronePressure()));
        int attacks = 0;
        int moved = 0;
        int strikes = 0;
        int[] lastX = new int[4096];
        int[] lastY = new int[4096];
        for (int w = 0; w < WEEKS; w++) {
            for (ArmedUnit u : m.units) {
                lastX[u.id] = u.x;
                lastY[u.id] = u.y;
            }
            m.schedule.step(m);
            for (ArmedUnit u : m.units) {
                if (u.faction == Faction.JNIM) {
                    moved += Math.max(Math.abs(u.x - lastX[u.id]), Math.abs(u.y - lastY[u.id]));
                }
            }
            for (ClashEvent e : m.weekEvents) {
                attacks += e.attacker() == Faction.JNIM && e.type() != ClashEvent.Type.STRIKE ? 1 : 0;
            }
            strikes += (int) m.indicators.get(Indicator.STRIKES, Faction.NIGER);
        }
        return new Tally(attacks, moved, strikes);
    }

    @Test
    void movementSuppressionCutsInsurgentMovePointsOnAverage() {
        SahelModel m = MicroWorld.start(MicroWorld.config(FORCES + WATCH), 1, List.of(new DronePressure()));
        m.schedule.step(m);
        ArmedUnit band = m.units.stream().filter(u -> u.faction == Faction.JNIM).findFirst().orElseThrow();
        ArmedUnit column = m.units.stream().filter(u -> u.faction == Faction.NIGER).findFirst().orElseThrow();
        float s = m.moveSuppression[m.map.index(band.x, band.y)];
        assertTrue(Math.abs(s - m.config.drones().moveSuppression()) < 1e-6, "full coverage: suppression " + s);
        double points = 0;
        for (int k = 0; k < 4000; k++) {
            points += Movement.movePoints(m, band);
        }
        int speed = m.config.movement().speedCells();
        assertTrue(Math.abs(points / 4000 - speed * (1 - s)) < 0.05, "mean move points " + points / 4000);
        assertTrue(Movement.movePoints(m, column) == speed, "state forces are not suppressed");
    }

    @Test
    void coverageWithoutKillsLowersMovesAndAttacks() {
        ScenarioConfig watched = MicroWorld.config(FORCES + WATCH);
        ScenarioConfig open = MicroWorld.config(FORCES + NO_WATCH);
        int fewerAttacks = 0;
        int fewerMoves = 0;
        long attacksWatched = 0;
        long attacksOpen = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Tally a = simulate(watched, seed);
            Tally b = simulate(open, seed);
            assertTrue(a.strikes() == 0, "drones struck although they cannot detect, seed " + seed);
            fewerAttacks += a.attacks() < b.attacks() ? 1 : 0;
            fewerMoves += a.cellsMoved() < b.cellsMoved() ? 1 : 0;
            attacksWatched += a.attacks();
            attacksOpen += b.attacks();
        }
        double cut = 1 - attacksWatched / (double) attacksOpen;
        assertTrue(fewerMoves >= 27, "insurgents moved fewer cells under coverage in " + fewerMoves + "/30 seeds (need >= 90%)");
        assertTrue(fewerAttacks >= 24, "insurgents attacked less under coverage in " + fewerAttacks + "/30 seeds (need >= 80%)");
        assertTrue(cut >= 0.40 && cut <= 0.60, "full coverage cut attacks by " + cut + " over 30 seeds; Mir and Moore 2019: 0.40-0.60");
    }
}

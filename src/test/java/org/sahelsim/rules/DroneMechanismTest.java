package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Indicator;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.config.ScenarioConfig;
import org.sahelsim.testing.MicroMap;
import org.sahelsim.testing.MicroWorld;

/**
 * Direction of the drone mechanisms in micro-worlds, each over 30 seeds with the share that must
 * hold stated in the assertion: accuracy and civilian deaths, intelligence sharing and detections,
 * raids on a drone base and sorties.
 */
class DroneMechanismTest {
    private static final int SEEDS = 30;
    /** A more crowded micro map (10,000 residents a cell, about 90 per km²), so that misses hit people. */
    private static final SahelMap CROWDED = MicroMap.of(60, 40, 10000f);
    private static final String BANDS = """
            factions: {NIGER: {drones: true}}
            forces:
              - {faction: JNIM, region: NE-6, fighters: 2400, units: 24}
            """;

    /** A wing whose 700 km disc holds the whole map, at full coverage. */
    private static String wing(String extra) {
        return "    - {name: Watch, owner: NIGER, base: West Air Base, aircraft: 16, sortiesPerAircraft: 1, rangeKm: 700"
                + extra + "}\n";
    }

    private static double sum(SahelModel m, int weeks, Indicator i, Faction f) {
        double total = 0;
        for (int w = 0; w < weeks; w++) {
            m.schedule.step(m);
            total += m.indicators.get(i, f);
        }
        return total;
    }

    private static double backlash(SahelModel m) {
        double s = 0;
        for (float b : m.grievance.backlash) {
            s += b;
        }
        return s;
    }

    @Test
    void lowerAccuracyKillsMoreCiviliansAndRaisesMoreBacklash() {
        String drones = "drones:\n  areaPerSortieKm2: 100000\n  wings:\n";
        ScenarioConfig precise = MicroWorld.config(BANDS + drones + wing(", accuracy: 0.9"));
        ScenarioConfig sloppy = MicroWorld.config(BANDS + drones + wing(", accuracy: 0.5"));
        int moreCivilians = 0;
        int moreBacklash = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            SahelModel a = MicroWorld.start(CROWDED, precise, seed, List.of(new DronePressure()));
            SahelModel b = MicroWorld.start(CROWDED, sloppy, seed, List.of(new DronePressure()));
            double civA = sum(a, 26, Indicator.STRIKE_CIVILIANS, Faction.NIGER);
            double civB = sum(b, 26, Indicator.STRIKE_CIVILIANS, Faction.NIGER);
            moreCivilians += civB > civA ? 1 : 0;
            moreBacklash += backlash(b) > backlash(a) ? 1 : 0;
        }
        assertTrue(moreCivilians >= 27, "accuracy 0.5 killed more civilians than 0.9 in " + moreCivilians + "/30 seeds (need >= 90%)");
        assertTrue(moreBacklash >= 27, "accuracy 0.5 left more backlash grievance than 0.9 in " + moreBacklash + "/30 seeds (need >= 90%)");
    }

    @Test
    void intelligenceSharingRaisesDetections() {
        String drones = "drones:\n  areaPerSortieKm2: 100000\n  strikeProbability: 0\n  intelSharing: {NIGER: %s}\n  wings:\n";
        ScenarioConfig alone = MicroWorld.config(BANDS + drones.formatted("0") + wing(", isrQuality: 0.4"));
        ScenarioConfig shared = MicroWorld.config(BANDS + drones.formatted("1") + wing(", isrQuality: 0.4"));
        int more = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            double a = sum(MicroWorld.start(alone, seed, List.of(new DronePressure())), 26, Indicator.DETECTIONS, Faction.NIGER);
            double b = sum(MicroWorld.start(shared, seed, List.of(new DronePressure())), 26, Indicator.DETECTIONS, Faction.NIGER);
            more += b > a ? 1 : 0;
        }
        assertTrue(more >= 27, "intelligence sharing gave more detections in " + more + "/30 seeds (need >= 90%)");
    }

    @Test
    void aBaseRaidReducesTheSortiesFlown() {
        String world = """
                factions:
                  NIGER: {drones: true}
                  ISSP: {capability: %s}
                drones:
                  detectionRate: 0
                  wings:
                    - {name: Base wing, owner: NIGER, base: West Air Base, aircraft: 6}
                forces:
                  - {faction: NIGER, site: West Air Base, fighters: 300, kind: garrison}
                  - {faction: ISSP, site: West Air Base, fighters: 600, units: 4, kind: katiba}
                """;
        ScenarioConfig raiders = MicroWorld.config(world.formatted("complex-raid"));
        ScenarioConfig noRaids = MicroWorld.config(world.formatted("svbied"));
        int fewer = 0;
        int raided = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            SahelModel a = MicroWorld.start(raiders, seed, List.of(new DronePressure()));
            SahelModel b = MicroWorld.start(noRaids, seed, List.of(new DronePressure()));
            double bases = 0;
            double sortiesA = 0;
            for (int w = 0; w < 26; w++) {
                a.schedule.step(a);
                sortiesA += a.indicators.get(Indicator.SORTIES, Faction.NIGER);
                bases += a.indicators.get(Indicator.BASES_RAIDED, Faction.ISSP);
            }
            double sortiesB = sum(b, 26, Indicator.SORTIES, Faction.NIGER);
            fewer += sortiesA < sortiesB ? 1 : 0;
            raided += bases > 0 ? 1 : 0;
        }
        assertTrue(raided >= 27, "the drone base was raided in " + raided + "/30 seeds (need >= 90%)");
        assertTrue(fewer >= 27, "raids on the drone base cut the sorties flown in " + fewer + "/30 seeds (need >= 90%)");
    }
}

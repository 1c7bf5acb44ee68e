package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.ClashEvent;
import org.sahelsim.model.DroneWing;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Indicator;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.config.DroneParams;
import org.sahelsim.model.config.ScenarioConfig;
import org.sahelsim.testing.MicroWorld;

/** Unit tests of the drone formulas and of the wing's weekly bookkeeping. */
class DroneFormulasTest {
    private static final String WING = """
            factions: {NIGER: {drones: true}}
            drones:
              wings:
                - {name: W, owner: NIGER, base: West Air Base, aircraft: 4, sortiesPerAircraft: 1.5, isrQuality: 0.4}
            """;

    private static SahelModel model(String yaml) {
        return MicroWorld.start(MicroWorld.config(yaml), 1, List.of(new DronePressure()));
    }

    @Test
    void coverageIsTheWatchedShareOfTheDiscCappedAtOne() {
        assertEquals(10 * 5000 / (Math.PI * 150 * 150), DroneWing.coverage(10, 5000, 150), 1e-12);
        assertEquals(1.0, DroneWing.coverage(100, 5000, 150), 1e-12);
        assertEquals(0.0, DroneWing.coverage(0, 5000, 150), 1e-12);
    }

    @Test
    void theDiscHoldsExactlyTheCellsWithinRange() {
        SahelModel m = model(WING);
        DroneWing w = m.wing("W");
        int[] disc = w.discCells(m.map);
        int inside = 0;
        for (int y = 0; y < m.map.height; y++) {
            for (int x = 0; x < m.map.width; x++) {
                boolean near = w.distanceKm(m.map.lon(x), m.map.lat(y)) <= 150;
                assertEquals(near, w.covers(m.map, x, y), "cell " + x + "," + y);
                inside += near ? 1 : 0;
            }
        }
        assertEquals(inside, disc.length);
        double cellKm2 = m.map.cellAreaKm2(10);
        assertEquals(Math.PI * 150 * 150 / cellKm2, disc.length, 0.1 * disc.length, "about π r² of cells");
    }

    @Test
    void isrIsScaledBySharingAndCapped() {
        SahelModel m = model(WING);
        DroneWing w = m.wing("W");
        assertEquals(0.4, w.isr(m), 1e-12);
        m.intelSharing[Faction.NIGER.ordinal()] = 1;
        assertEquals(0.8, w.isr(m), 1e-12);
        SahelModel strong = model(WING.replace("isrQuality: 0.4", "isrQuality: 0.9"));
        strong.intelSharing[Faction.NIGER.ordinal()] = 1;
        assertEquals(1.0, strong.wing("W").isr(strong), 1e-12);
    }

    @Test
    void detectionIsTheProductOfItsFactors() {
        SahelModel m = model(WING + "forces: [{faction: JNIM, site: Westtown, fighters: 100}]\n");
        m.schedule.step(m);
        DroneParams p = m.config.drones();
        DroneWing w = m.wing("W");
        ArmedUnit u = m.units.get(0);
        int cell = m.map.index(u.x, u.y);
        double density = m.map.population[cell] / m.map.cellAreaKm2(u.y);
        double crowd = 1 - density / (density + p.crowdDensity());
        double town = m.siteAt[cell] != null ? p.townVisibility() : 1;
        double moved = u.movedWeek == m.week() ? 1 : p.stationaryVisibility();
        double expected = p.detectionRate() * w.coverage * 0.4 * moved * crowd * town;
        assertEquals(expected, DroneStrikes.detectChance(m, w, u), 1e-12);
        SahelModel skilled = model(WING + "  counterDrone: {JNIM: 0.5}\n" + "forces: [{faction: JNIM, site: Westtown, fighters: 100}]\n");
        skilled.schedule.step(skilled);
        ArmedUnit v = skilled.units.get(0);
        double base = p.detectionRate() * skilled.wing("W").coverage * 0.4 * crowd * town
                * (v.movedWeek == skilled.week() ? 1 : p.stationaryVisibility());
        assertEquals(0.5 * base, DroneStrikes.detectChance(skilled, skilled.wing("W"), v), 1e-12);
    }

    @Test
    void parksAndCrowdsConceal() {
        SahelModel m = model(WING);
        SahelMap map = m.map;
        int open = map.index(5, 5);
        int park = map.index(map.width - 2, map.height - 2);
        assertTrue(map.has(park, SahelMap.PARK) && !map.has(open, SahelMap.PARK));
        assertEquals(m.config.drones().parkVisibility() * (1 - DroneStrikes.exposure(m, park)), DroneStrikes.visibility(m, park), 1e-12);
        assertEquals(1 - DroneStrikes.exposure(m, open), DroneStrikes.visibility(m, open), 1e-12);
        SahelModel crowded = MicroWorld.start(org.sahelsim.testing.MicroMap.of(60, 40, 50000f), MicroWorld.config(WING), 1, List.of());
        assertTrue(DroneStrikes.visibility(crowded, open) < DroneStrikes.visibility(m, open));
    }

    @Test
    void civiliansPerStrikeFallWithAccuracyAndRiseWithCrowds() {
        SahelModel m = model(WING);
        DroneWing w = m.wing("W");
        int cell = m.map.index(5, 5);
        double e = DroneStrikes.exposure(m, cell);
        assertEquals(m.config.drones().civiliansPerMiss() * (1 - 0.8) * e, DroneStrikes.civilianMean(m, w, cell), 1e-12);
        SahelModel exact = model(WING.replace("isrQuality: 0.4", "isrQuality: 0.4, accuracy: 1"));
        assertEquals(0.0, DroneStrikes.civilianMean(exact, exact.wing("W"), cell), 1e-12);
    }

    @Test
    void backlashIsRaisedAroundTheStrikeOnly() {
        SahelModel m = model(WING);
        int cell = m.map.index(20, 20);
        DroneStrikes.raiseBacklash(m, cell, 3);
        double amount = 3 * m.config.drones().backlashPerCivilian();
        assertEquals(amount, m.grievance.backlash[m.map.index(21, 21)], 1e-6);
        assertEquals(amount, m.grievance.backlash[cell], 1e-6);
        assertEquals(0.0, m.grievance.backlash[m.map.index(22, 20)], 1e-12);
        assertEquals(0.0, m.grievance.level[cell], 1e-12);
    }

    @Test
    void wingsFlyOnlyInTheirWindowAndWhileTheOwnerOperatesDrones() {
        SahelModel m = model(WING.replace("isrQuality: 0.4", "isrQuality: 0.4, start: 2026-01-20, end: 2026-02-09"));
        DroneWing w = m.wing("W");
        boolean[] flew = new boolean[6];
        for (int k = 0; k < 6; k++) {
            m.schedule.step(m);
            flew[k] = w.active && w.sorties > 0;
        }
        assertFalse(flew[0] || flew[1], "before the start (weeks of 5 and 12 Jan)");
        assertTrue(flew[2] && flew[3] && flew[4], "weeks of 19 Jan, 26 Jan and 2 Feb");
        assertFalse(flew[5], "from the week starting on the end date");
        SahelModel off = model(WING.replace("{NIGER: {drones: true}}", "{NIGER: {drones: false}}"));
        off.schedule.step(off);
        assertEquals(0, off.wing("W").sorties);
        assertEquals(0, off.indicators.get(Indicator.AIRCRAFT, Faction.NIGER));
    }

    @Test
    void sortiesAverageAircraftTimesTempo() {
        SahelModel m = model(WING);
        double total = 0;
        for (int k = 0; k < 200; k++) {
            m.schedule.step(m);
            total += m.indicators.get(Indicator.SORTIES, Faction.NIGER);
        }
        assertEquals(4 * 1.5, total / 200, 0.3);
        assertEquals(4, m.indicators.get(Indicator.AIRCRAFT, Faction.NIGER));
    }

    @Test
    void aRaidDestroysAircraftAndStationWhichAreThenReplacedAndRepaired() {
        SahelModel m = model(WING + "  raidAircraftLoss: 1\n  raidStationLoss: 1\n  replacementWeeks: 3\n  stationRepairWeeks: 5\n");
        DroneWing w = m.wing("W");
        m.schedule.step(m);
        assertEquals(4, w.raid(m.random, m.config.drones(), m.week()));
        assertEquals(0, w.aircraft);
        assertTrue(w.stationDown(m.week()));
        int[] aircraft = new int[14];
        int[] sorties = new int[14];
        for (int k = 0; k < 14; k++) {
            m.schedule.step(m);
            aircraft[k] = w.aircraft;
            sorties[k] = w.sorties;
        }
        assertEquals(0, sorties[0] + sorties[1] + sorties[2] + sorties[3], "no sorties while the station is down");
        assertEquals(0, aircraft[2]);
        assertEquals(1, aircraft[3], "first replacement 3 weeks after the loss is noticed (week 1)");
        assertEquals(3, aircraft[11]);
        assertEquals(4, aircraft[12], "back to the establishment after 4 replacements");
        assertEquals(4, aircraft[13], "never above the establishment");
        assertTrue(sorties[5] > 0, "flying again once the station is repaired");
    }

    @Test
    void timelineEventsDeliverAircraftSwitchSharingAndMoveWings() {
        SahelModel m = model(WING + """
                timeline:
                  - {type: add-aircraft, date: 2026-01-06, wing: W, aircraft: 2}
                  - {type: set-intel-sharing, date: 2026-01-06, faction: NIGER, level: 0.7}
                  - {type: set-intel-sharing, date: 2026-01-13, level: 0.2}
                  - {type: move-base, date: 2026-01-13, from: West Air Base, to: Easttown, faction: NIGER}
                """);
        DroneWing w = m.wing("W");
        m.schedule.step(m);
        assertEquals(6, w.establishment);
        assertEquals(6, w.aircraft);
        assertEquals(0.7, m.intelSharing[Faction.NIGER.ordinal()], 1e-12);
        assertEquals(0.0, m.intelSharing[Faction.MALI.ordinal()], 1e-12);
        m.schedule.step(m);
        for (Faction f : Faction.values()) {
            assertEquals(0.2, m.intelSharing[f.ordinal()], 1e-12, f.name());
        }
        assertEquals("Easttown", w.base);
        assertTrue(w.covers(m.map, m.map.x(m.map.site("Easttown").lon()), m.map.y(m.map.site("Easttown").lat())));
    }

    @Test
    void strikesAreViolentEventsWithTheirOwnTypeAndCanKillCommanders() {
        ScenarioConfig c = MicroWorld.config("""
                factions: {NIGER: {drones: true}}
                drones:
                  areaPerSortieKm2: 100000
                  detectionRate: 1
                  strikeProbability: 1
                  decapitation: {commanderHitProbability: 1}
                  wings:
                    - {name: W, owner: NIGER, base: West Air Base, aircraft: 16, sortiesPerAircraft: 1, rangeKm: 700, isrQuality: 1}
                forces: [{faction: JNIM, region: NE-6, fighters: 2400, units: 24}]
                """);
        SahelModel m = MicroWorld.start(c, 3, List.of(new DronePressure()));
        m.schedule.step(m);
        List<ClashEvent> strikes = m.weekEvents.stream().filter(e -> e.type() == ClashEvent.Type.STRIKE).toList();
        assertEquals(m.indicators.get(Indicator.STRIKES, Faction.NIGER), strikes.size());
        assertTrue(!strikes.isEmpty() && strikes.size() <= 16, "one strike per sortie at most: " + strikes.size());
        for (ClashEvent e : strikes) {
            assertEquals(Faction.NIGER, e.attacker());
            assertEquals(Faction.JNIM, e.defender());
            assertEquals("West Air Base", e.site());
        }
        assertEquals(strikes.stream().mapToInt(ClashEvent::defenderLosses).sum(), m.indicators.get(Indicator.STRIKE_KILLS, Faction.JNIM));
        assertEquals(strikes.size(), m.indicators.get(Indicator.LEADERS_KILLED, Faction.JNIM), "every strike killed a commander");
        assertEquals(0, m.lastStats.clashes()[Faction.NIGER.ordinal()], "strikes are not clashes");
    }
}

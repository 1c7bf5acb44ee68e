package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.Capability;
import org.sahelsim.model.Faction;
import org.sahelsim.model.FactionState;
import org.sahelsim.model.Indicator;
import org.sahelsim.model.LogEntry;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.UnitKind;
import org.sahelsim.model.config.CorridorParams;
import org.sahelsim.model.config.FactionSetup;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.testing.MicroWorld;

/** The skill-transfer ladder, the fighter trickle and the corridor's switches, one rule at a time. */
class SkillTransferTest {
    private static final String RATES = "corridor: {gainRate: 0.25, decayRate: 0.25, sourceRegions: [NE-6], "
            + "transitRegions: [NE-6], waypointRegions: [NG-SO], targetRegions: [NG-SO]";

    private static CorridorParams params(String extra) {
        return MicroWorld.config(RATES + extra + "}\n").corridor();
    }

    private static FactionState issp(Capability c) {
        FactionSetup d = FactionSetup.defaults();
        return new FactionState(Faction.ISSP, new FactionSetup(true, 0, c, d.leadership(), d.groupAgeYears(), false, d.commanderAutonomy(), false, List.of()));
    }

    @Test
    void connectedWeeksFillTheBarAndAFullBarIsTheNextLevel() {
        SkillTransfer t = new SkillTransfer();
        FactionState s = issp(Capability.IED);
        CorridorParams p = params("");
        for (int w = 1; w <= 3; w++) {
            t.learn(s, p);
            assertEquals(0.25 * w, t.progress(), 1e-12);
            assertEquals(Capability.IED, s.capability);
        }
        t.learn(s, p);
        assertEquals(Capability.SVBIED, s.capability, "1 / gainRate = 4 connected weeks a level");
        assertEquals(0, t.progress(), 1e-12);
        for (int w = 0; w < 4; w++) {
            t.learn(s, p);
        }
        assertEquals(Capability.COMPLEX_RAID, s.capability);
        t.learn(s, p);
        assertEquals(Capability.COMPLEX_RAID, s.capability, "the top of the ladder");
        assertEquals(0, t.progress(), 1e-12);
    }

    @Test
    void cutWeeksFadeProgressThenTheHoldThenTheLevelDownToTheFloor() {
        SkillTransfer t = new SkillTransfer();
        FactionState s = issp(Capability.SVBIED);
        CorridorParams p = params(", floor: ied");
        t.learn(s, p);
        t.learn(s, p);
        t.forget(s, p);
        assertEquals(0.25, t.progress(), 1e-12, "progress fades first");
        t.forget(s, p);
        assertEquals(0, t.progress(), 1e-12);
        for (int w = 0; w < 3; w++) {
            t.forget(s, p);
            assertEquals(Capability.SVBIED, s.capability, "the hold on the level fades over 1 / decayRate weeks");
        }
        t.forget(s, p);
        assertEquals(Capability.IED, s.capability, "hold gone: one level down");
        for (int w = 0; w < 20; w++) {
            t.forget(s, p);
        }
        assertEquals(Capability.IED, s.capability, "never below the floor");
    }

    @Test
    void aConnectedWeekRefreshesTheHold() {
        SkillTransfer t = new SkillTransfer();
        FactionState s = issp(Capability.COMPLEX_RAID);
        CorridorParams p = params("");
        for (int w = 0; w < 3; w++) {
            t.forget(s, p);
        }
        t.learn(s, p);
        for (int w = 0; w < 3; w++) {
            t.forget(s, p);
        }
        assertEquals(Capability.COMPLEX_RAID, s.capability, "3 + 3 cut weeks with a connected one between: no loss");
        t.forget(s, p);
        assertEquals(Capability.SVBIED, s.capability);
    }

    /** ISSP in the west, ISWAP in the east of the micro map, one unit each, corridor regions set. */
    private static SahelModel pair(String extra) {
        SahelModel m = MicroWorld.start(MicroWorld.config(RATES + ", fighterRate: 2.5" + extra + "}\n"
                + "factions: {ISSP: {capability: ied}}\n"), 1, List.of(new SkillTransfer()));
        m.addUnit(Faction.ISSP, UnitKind.GARRISON, 100, 1.0, 10, 10);
        m.addUnit(Faction.ISWAP, UnitKind.GARRISON, 100, 1.0, 50, 10);
        m.addUnit(Faction.ISSP, UnitKind.BAND, 100, 1.0, 12, 10);
        m.addUnit(Faction.ISWAP, UnitKind.BAND, 300, 1.0, 52, 10);
        return m;
    }

    private static int fighters(SahelModel m, Faction f, UnitKind k) {
        return m.units.stream().filter(u -> u.faction == f && u.kind == k).mapToInt(u -> u.fighters).sum();
    }

    @Test
    void aConnectedCorridorSendsFightersAndRaisesCapability() {
        SahelModel m = pair("");
        MicroWorld.run(m, 2);
        assertTrue(m.corridor.connected() && m.corridor.length() > 0);
        assertEquals(1.0, m.indicators.get(Indicator.CORRIDOR_CONNECTED, Faction.ISSP));
        assertEquals(0.5, m.indicators.get(Indicator.CAPABILITY_PROGRESS, Faction.ISSP), 1e-12);
        assertEquals(105, fighters(m, Faction.ISSP, UnitKind.BAND), "2.5 a week: 2 then 3 whole fighters");
        assertEquals(295, fighters(m, Faction.ISWAP, UnitKind.BAND));
        assertEquals(100, fighters(m, Faction.ISSP, UnitKind.GARRISON), "only mobile units are sent and receive");
        MicroWorld.run(m, 2);
        assertEquals(Capability.SVBIED, m.state(Faction.ISSP).capability);
        assertEquals(Capability.SVBIED.ordinal(), m.indicators.get(Indicator.CAPABILITY, Faction.ISSP), 1e-12);
        assertTrue(m.weekLog.stream().map(LogEntry::detail).anyMatch(d -> d.contains("capability ied -> svbied")));
    }

    @Test
    void anInterdictedCorridorIsCutWhateverTheGround() {
        SahelModel m = pair(", interdictFrom: 2026-01-12, interdictUntil: 2026-01-26");
        MicroWorld.run(m, 1);
        assertTrue(m.corridor.connected());
        MicroWorld.run(m, 1);
        assertFalse(m.corridor.connected(), "interdicted from the second week");
        assertTrue(m.corridor.interdicted() && m.corridor.routed(), "the route on the ground is still traced");
        assertEquals(0.0, m.indicators.get(Indicator.CORRIDOR_CONNECTED, Faction.ISSP));
        assertTrue(m.weekLog.stream().map(LogEntry::detail).anyMatch(d -> d.contains("is cut (interdicted)")));
        int before = fighters(m, Faction.ISSP, UnitKind.BAND);
        MicroWorld.run(m, 1);
        assertEquals(before, fighters(m, Faction.ISSP, UnitKind.BAND), "no fighters while cut");
        MicroWorld.run(m, 1);
        assertTrue(m.corridor.connected(), "interdiction over on 2026-01-26");
    }

    @Test
    void theTeacherSendsNothingBeforeOpenFrom() {
        SahelModel m = pair(", openFrom: 2026-02-02");
        MicroWorld.run(m, 4);
        assertFalse(m.corridor.connected());
        assertTrue(m.corridor.routed());
        assertEquals(0, m.indicators.get(Indicator.CAPABILITY_PROGRESS, Faction.ISSP), 1e-12);
        MicroWorld.run(m, 1);
        assertTrue(m.corridor.connected());
    }

    @Test
    void parametersAreChecked() {
        assertThrows(ScenarioException.class, () -> params(", learner: ISWAP"));
        assertThrows(ScenarioException.class, () -> params(", interdictFrom: 2027-01-01, interdictUntil: 2026-01-01"));
        CorridorParams d = MicroWorld.config("").corridor();
        assertEquals(List.of("ML-9", "NE-6", "NE-5"), d.sourceRegions(), "empty lists take the brief's regions");
        assertEquals(List.of("NG-BO"), d.targetRegions());
        assertTrue(d.interdicted(LocalDate.of(2030, 1, 1)) == false && d.open(LocalDate.of(2000, 1, 1)));
    }
}

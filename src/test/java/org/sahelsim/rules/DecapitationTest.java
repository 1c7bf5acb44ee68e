package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.Faction;
import org.sahelsim.model.FactionState;
import org.sahelsim.model.Indicator;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.config.DecapitationParams;
import org.sahelsim.model.config.ScenarioConfig;
import org.sahelsim.testing.MicroWorld;

/** The decapitation lottery: its formulas, and its direction in a micro-world over 30 seeds. */
class DecapitationTest {
    private static final DecapitationParams P = MicroWorld.config("").drones().decapitation();

    @Test
    void vulnerabilityHalvesAtTheScalesAndFallsWithSizeAndAge() {
        assertEquals(1.0, Decapitation.vulnerability(P, 0, 0), 1e-12);
        assertEquals(0.5, Decapitation.vulnerability(P, P.sizeScale(), 0), 1e-12);
        assertEquals(0.5, Decapitation.vulnerability(P, 0, P.ageScale()), 1e-12);
        assertEquals(0.25, Decapitation.vulnerability(P, P.sizeScale(), P.ageScale()), 1e-12);
        assertTrue(Decapitation.vulnerability(P, 3000, 20) < Decapitation.vulnerability(P, 200, 1));
    }

    @Test
    void weakeningIsLikelierForVulnerableGroupsAndCapped() {
        assertEquals(P.weakenBase(), P.weakenChance(0), 1e-12);
        assertEquals(P.weakenBase() + P.weakenSlope(), P.weakenChance(1), 1e-12);
        DecapitationParams steep = new DecapitationParams(0, 0, 500, 5, 0, 0, 0.8, 0.8, 0.5, 0.1);
        assertEquals(1.0, steep.weakenChance(1), 1e-12);
    }

    @Test
    void successionMovesLeadershipAndMomentumWithinTheirRanges() {
        FactionState s = new FactionState(Faction.ISSP, MicroWorld.config("").setup(Faction.ISSP));
        s.leadership = 0.5;
        s.momentum = 0;
        Decapitation.succession(s, P, 0.4, true);
        assertEquals(0.5 - P.successionLoss() * 0.4, s.leadership, 1e-12);
        assertEquals(-P.successionLoss() * 0.4, s.momentum, 1e-12);
        s.leadership = 0.95;
        s.momentum = 0.95;
        Decapitation.succession(s, P, 0.4, false);
        assertEquals(1.0, s.leadership, 1e-12);
        assertEquals(1.0, s.momentum, 1e-12);
    }

    @Test
    void aLeaderKilledEventShocksEveryUnitAndIsCountedAndLogged() {
        ScenarioConfig c = MicroWorld.config("""
                factions: {ISSP: {groupAgeYears: 0}}
                forces: [{faction: ISSP, region: NE-6, fighters: 500, units: 5, cohesion: 1}]
                timeline: [{type: leader-killed, date: 2026-01-05, faction: ISSP, leader: Test}]
                """);
        SahelModel m = MicroWorld.start(c, 1, List.of());
        m.schedule.step(m);
        double v = Decapitation.vulnerability(P, 500, 0);
        double recovery = m.config.combat().cohesionRecovery() * m.state(Faction.ISSP).leadership;
        for (ArmedUnit u : m.units) {
            assertEquals(Math.min(1, 1 - P.leaderShock() * v + recovery), u.cohesion, 1e-9, "cohesion of " + u);
        }
        assertEquals(1, m.indicators.get(Indicator.LEADERS_KILLED, Faction.ISSP));
        assertTrue(m.weekLog.stream().anyMatch(l -> l.kind().equals("leader-killed") && l.detail().contains("Test of ISSP killed")),
                "log: " + m.weekLog);
    }

    /** Fighting power, fighters × cohesion, of a faction. */
    private static double power(SahelModel m, Faction f) {
        return m.units.stream().filter(u -> u.alive && u.faction == f).mapToDouble(u -> u.fighters * u.cohesion).sum();
    }

    /** Relative loss of fighting power 8 weeks after the leader's death, against the same seed without it. */
    private static double hurt(String group, long seed) {
        String event = "timeline: [{type: leader-killed, date: 2026-01-12, faction: ISSP}]\n";
        SahelModel with = MicroWorld.start(MicroWorld.config(group + event), seed, List.of());
        SahelModel without = MicroWorld.start(MicroWorld.config(group), seed, List.of());
        MicroWorld.run(with, 9);
        MicroWorld.run(without, 9);
        return 1 - power(with, Faction.ISSP) / power(without, Faction.ISSP);
    }

    @Test
    void decapitatingASmallYoungGroupHurtsItMoreThanALargeOldOne() {
        String small = """
                factions: {ISSP: {groupAgeYears: 1, leadership: 0.5}}
                forces: [{faction: ISSP, region: NE-6, fighters: 200, units: 2}]
                """;
        String large = """
                factions: {ISSP: {groupAgeYears: 20, leadership: 0.5}}
                forces: [{faction: ISSP, region: NE-6, fighters: 3000, units: 12, kind: katiba}]
                """;
        int more = 0;
        for (long seed = 1; seed <= 30; seed++) {
            more += hurt(small, seed) > hurt(large, seed) ? 1 : 0;
        }
        assertTrue(more >= 27, "the small young group lost more fighting power in " + more + "/30 seeds (need >= 90%)");
    }
}

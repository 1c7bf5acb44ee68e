package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.CeasefireState;
import org.sahelsim.model.Faction;
import org.sahelsim.model.LogEntry;
import org.sahelsim.model.Pact;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.config.ScenarioConfig;
import org.sahelsim.testing.MicroWorld;

/** Transitions of the ceasefire state machine that the parameters or the scenario make certain. */
class CeasefireStatesTest {
    private static final int WEST = MicroWorld.MAP.index(10, 10);
    private static final int EAST = MicroWorld.MAP.index(50, 10);

    static SahelModel start(String yaml, long seed) {
        return MicroWorld.start(MicroWorld.config(yaml), seed, List.of(new Ceasefire()));
    }

    static Pact pact(SahelModel m, Faction a, Faction b) {
        for (Pact p : m.pacts) {
            if ((p.a == a && p.b == b) || (p.a == b && p.b == a)) {
                return p;
            }
        }
        return null;
    }

    private static boolean logged(SahelModel m, String text) {
        return m.weekLog.stream().map(LogEntry::detail).anyMatch(d -> d.contains(text));
    }

    @Test
    void aDeclaredCeasefireInForceForbidsThePairInsideItsScopeOnly() {
        SahelModel m = start("ceasefires: {agreements: [{a: JNIM, b: ISSP, regions: [NE-6], state: in-force}]}\n", 1);
        Pact p = pact(m, Faction.ISSP, Faction.JNIM);
        assertEquals(CeasefireState.IN_FORCE, p.state);
        assertTrue(m.truces.forbids(Faction.ISSP, Faction.JNIM, WEST));
        assertTrue(m.truces.forbids(Faction.JNIM, Faction.ISSP, WEST));
        assertFalse(m.truces.forbids(Faction.ISSP, Faction.JNIM, EAST), "outside the scope");
        assertFalse(m.truces.forbids(Faction.ISSP, Faction.NIGER, WEST), "a third party is not bound");
        assertTrue(m.truces.restrains(Faction.ISSP, Faction.JNIM, WEST));
        assertTrue(m.truces.redeploying(Faction.ISSP) && m.truces.redeploying(Faction.JNIM));
        assertFalse(m.truces.redeploying(Faction.NIGER));
    }

    @Test
    void erodingStopsForbiddingButStillRestrains() {
        SahelModel m = start("ceasefires: {breakRate: 0, violationHazard: 0, repairRate: 0, "
                + "agreements: [{a: ISSP, b: JNIM, regions: [NE-6], state: eroding}]}\n", 1);
        assertFalse(m.truces.forbids(Faction.ISSP, Faction.JNIM, WEST));
        assertTrue(m.truces.restrains(Faction.ISSP, Faction.JNIM, WEST));
        MicroWorld.run(m, 5);
        assertEquals(CeasefireState.ERODING, pact(m, Faction.ISSP, Faction.JNIM).state, "no breakdown and no repair at rate 0");
    }

    @Test
    void talksWithCertainAgreementComeIntoForceTheNextWeek() {
        SahelModel m = start("""
                ceasefires: {endogenous: false, agreeRate: 1}
                timeline: [{type: ceasefire-talks, date: 2026-01-19, a: ISSP, b: JNIM, regions: [NE-6]}]
                """, 1);
        MicroWorld.run(m, 2);
        assertNull(pact(m, Faction.ISSP, Faction.JNIM), "nothing before the date");
        MicroWorld.run(m, 1);
        Pact p = pact(m, Faction.ISSP, Faction.JNIM);
        assertEquals(CeasefireState.TALKS, p.state, "a pact changes state at most once a week");
        assertTrue(logged(m, "ISSP-JNIM none -> talks"));
        MicroWorld.run(m, 1);
        assertEquals(CeasefireState.IN_FORCE, p.state);
        assertEquals(3, p.startedWeek);
        assertTrue(logged(m, "ISSP-JNIM talks -> in-force"));
    }

    @Test
    void talksThatCannotSucceedCollapse() {
        SahelModel m = start("""
                ceasefires: {endogenous: false, agreeRate: 0, talksFailRate: 1}
                timeline: [{type: ceasefire-talks, date: 2026-01-05, a: ISSP, b: JNIM}]
                """, 1);
        MicroWorld.run(m, 1);
        assertEquals(CeasefireState.TALKS, pact(m, Faction.ISSP, Faction.JNIM).state);
        MicroWorld.run(m, 1);
        assertEquals(CeasefireState.NONE, pact(m, Faction.ISSP, Faction.JNIM).state);
        assertTrue(logged(m, "talks -> none"));
    }

    @Test
    void anErodingCeasefireWithoutViolationsIsRepaired() {
        SahelModel m = start("ceasefires: {endogenous: false, breakBase: 0, breakRate: 0, repairRate: 1, "
                + "agreements: [{a: ISSP, b: JNIM, state: eroding}]}\n", 1);
        MicroWorld.run(m, 1);
        Pact p = pact(m, Faction.ISSP, Faction.JNIM);
        assertEquals(CeasefireState.IN_FORCE, p.state);
        assertEquals(0, p.startedWeek, "a repair does not restart the ceasefire's clock");
    }

    @Test
    void aFrayingCeasefireErodesThenBreaksThenCoolsOff() {
        for (long seed = 1; seed <= 30; seed++) {
            SahelModel m = start("ceasefires: {endogenous: false, breakBase: 1, breakRate: 1, repairRate: 0, cooldownWeeks: 3, "
                    + "agreements: [{a: ISSP, b: JNIM, state: in-force}]}\n", seed);
            Pact p = pact(m, Faction.ISSP, Faction.JNIM);
            boolean eroded = false;
            int brokenAt = -1;
            for (int w = 0; w < 40 && brokenAt < 0; w++) {
                m.schedule.step(m);
                eroded |= p.state == CeasefireState.ERODING;
                brokenAt = p.state == CeasefireState.BROKEN ? w : -1;
            }
            assertTrue(eroded && brokenAt >= 0, "at rate 1/week each step happens within 40 weeks (all 30 seeds); seed " + seed);
            MicroWorld.run(m, 2);
            assertEquals(CeasefireState.BROKEN, p.state, "still cooling off; seed " + seed);
            MicroWorld.run(m, 1);
            assertEquals(CeasefireState.NONE, p.state, "cooling-off of 3 weeks over; seed " + seed);
        }
    }

    @Test
    void endAndForbidEventsBreakAndBanForceLiftsTheBan() {
        SahelModel m = start("""
                ceasefires: {endogenous: false, agreeRate: 1, cooldownWeeks: 0}
                timeline:
                  - {type: ceasefire-force, date: 2026-01-05, a: ISSP, b: JNIM}
                  - {type: ceasefire-end, date: 2026-01-12, a: ISSP, b: JNIM}
                  - {type: ceasefire-forbid, date: 2026-01-19, a: JNIM, b: ISSP}
                  - {type: ceasefire-talks, date: 2026-01-26, a: ISSP, b: JNIM}
                  - {type: ceasefire-force, date: 2026-02-02, a: ISSP, b: JNIM, monitoring: true}
                """, 1);
        Pact p = null;
        CeasefireState[] expected = {CeasefireState.IN_FORCE, CeasefireState.BROKEN, CeasefireState.NONE, CeasefireState.NONE,
            CeasefireState.IN_FORCE};
        for (int w = 0; w < expected.length; w++) {
            m.schedule.step(m);
            p = pact(m, Faction.ISSP, Faction.JNIM);
            assertEquals(expected[w], p.state, "week " + w);
        }
        assertFalse(p.forbidden);
        assertTrue(p.monitoring && p.monitored);
        assertTrue(p.scope.global(), "no scope given and none declared: everywhere");
    }

    @Test
    void aFrameworkLendsItsTermsOnlyWhileActiveAndOnlyWhereItReaches() {
        String yaml = """
                name: micro
                ceasefires:
                  frameworks: [{name: Accord, regions: [NE-6], monitoring: true, guarantor: true}]
                  agreements:
                    - {a: ISSP, b: JNIM, regions: [NE-6], state: in-force}
                    - {a: ISSP, b: NIGERIA, regions: [NG-SO], state: in-force}
                timeline: [{type: set-framework, date: 2026-01-12, name: Accord, active: false}]
                """;
        SahelModel m = start(yaml, 1);
        m.schedule.step(m);
        assertTrue(pact(m, Faction.ISSP, Faction.JNIM).monitored && pact(m, Faction.ISSP, Faction.JNIM).guaranteed);
        assertFalse(pact(m, Faction.ISSP, Faction.NIGERIA).monitored, "the framework does not reach NG-SO");
        m.schedule.step(m);
        assertFalse(pact(m, Faction.ISSP, Faction.JNIM).monitored, "voided");
    }

    @Test
    void aPartyWithdrawingEndsItsCeasefire() {
        SahelModel m = start("""
                ceasefires: {agreements: [{a: ISSP, b: FRANCE, state: in-force}]}
                timeline: [{type: set-force, date: 2026-01-12, faction: FRANCE, enabled: false}]
                """, 1);
        MicroWorld.run(m, 2);
        assertEquals(CeasefireState.BROKEN, pact(m, Faction.ISSP, Faction.FRANCE).state);
    }

    @Test
    void withoutTheSubmodelCeasefireEventsChangeNothing() {
        ScenarioConfig c = MicroWorld.config("timeline: [{type: ceasefire-force, date: 2026-01-05, a: ISSP, b: JNIM}]\n");
        SahelModel m = MicroWorld.start(c, 1, List.of());
        m.schedule.step(m);
        assertTrue(m.pacts.isEmpty());
        assertFalse(m.truces.forbids(Faction.ISSP, Faction.JNIM, WEST));
    }

    @Test
    void anUnknownFrameworkIsAnError() {
        SahelModel m = start("name: micro\ntimeline: [{type: set-framework, date: 2026-01-05, name: Nowhere, active: false}]\n", 1);
        assertThrows(IllegalArgumentException.class, () -> m.schedule.step(m));
    }

    @Test
    void everyTrackedPairIsListedOnceInPairOrder() {
        SahelModel m = start("""
                ceasefires:
                  agreements:
                    - {a: NIGER, b: JNIM, state: in-force}
                    - {a: JNIM, b: ISSP, state: talks}
                """, 1);
        assertEquals(2, m.pacts.size());
        assertEquals(Faction.ISSP, m.pacts.get(0).a);
        assertNotNull(pact(m, Faction.JNIM, Faction.NIGER));
    }
}

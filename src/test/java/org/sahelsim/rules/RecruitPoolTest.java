package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.sahelsim.model.SahelModel;
import org.sahelsim.testing.MicroWorld;
import org.junit.jupiter.api.Test;

/** The pool of ready recruits: its carrying level, depletion, regeneration and initial fill. */
class RecruitPoolTest {
    private static SahelModel world(String yaml) {
        return MicroWorld.start(MicroWorld.config(yaml), 1, RuleSet.standard());
    }

    private static int populatedCell(SahelModel m) {
        int c = m.map.index(30, 20);
        assertTrue(m.passable(c) && m.map.population[c] > 0, "the micro map's centre is populated land");
        return c;
    }

    @Test
    void theCarryingLevelIsTheReadyShareOfTheAggrievedEligibleRuralResidents() {
        SahelModel m = world("");
        int c = populatedCell(m);
        var p = m.config.recruitment();
        double rural = Math.min(m.map.population[c], p.ruralDensity() * m.map.cellAreaKm2(c / m.map.width));
        double expected = p.poolShare() * p.eligibleShare() * rural
                * Activation.willingShare(m.grievance.total(c), 0.0, p.threshold());
        assertTrue(expected > 0);
        assertEquals(expected, RecruitPool.carrying(m, c), 1e-9);
        assertEquals(expected, new RecruitPool(m).available(m, c), 1e-6, "a fresh pool is full by default");
    }

    @Test
    void recruitsTakenLeaveADeficitThatRegeneratesAtTheWeeklyRate() {
        SahelModel m = world("recruitment: {poolRegeneration: 0.1}\n");
        int c = populatedCell(m);
        RecruitPool pool = new RecruitPool(m);
        double k = RecruitPool.carrying(m, c);
        pool.take(m, c, 0.75 * k);
        assertEquals(0.25 * k, pool.available(m, c), 1e-5);
        MicroWorld.run(m, 3);
        double grievanceNow = RecruitPool.carrying(m, c);
        assertEquals(Math.max(0, grievanceNow - 0.75 * k * Math.pow(0.9, 3)), pool.available(m, c), 1e-4,
                "the deficit decays by (1 - poolRegeneration) a week, applied when the cell is read");
        pool.take(m, c, 10 * k);
        assertEquals(0, pool.available(m, c), 1e-12, "never below empty");
    }

    @Test
    void aScenarioCanStartWithPartOfEveryPoolSpent() {
        SahelModel m = world("recruitment: {initialPoolFill: 0.3}\n");
        int c = populatedCell(m);
        assertEquals(0.3 * RecruitPool.carrying(m, c), new RecruitPool(m).available(m, c), 1e-6);
    }
}

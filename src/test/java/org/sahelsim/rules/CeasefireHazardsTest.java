package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Pact;
import org.sahelsim.model.config.CeasefireParams;
import org.sahelsim.testing.MicroWorld;

/** The formulas of the ceasefire state machine, one by one. */
class CeasefireHazardsTest {
    private static final CeasefireParams P = MicroWorld.config("").ceasefires();
    private static final double EPS = 1e-12;

    private static Pact pact() {
        return new Pact(Faction.ISSP, Faction.JNIM, false);
    }

    @Test
    void onsetIsBasePlusCostTermTimesWillingness() {
        assertEquals(P.talksBase(), CeasefireHazards.onset(P, 1, 1, 0, false, false), EPS);
        double atScale = CeasefireHazards.onset(P, 1, 1, P.costScale(), false, false);
        assertEquals(P.talksBase() + P.costRate(), atScale, EPS);
        assertEquals(0.25 * atScale, CeasefireHazards.onset(P, 0.5, 0.5, P.costScale(), false, false), EPS);
        assertEquals(0, CeasefireHazards.onset(P, 0, 1, P.costScale(), true, true), EPS);
    }

    @Test
    void onsetRisesWithCostUpToTheCap() {
        double previous = -1;
        for (double cost = 0; cost <= CeasefireHazards.COST_CAP * P.costScale(); cost += 0.5) {
            double rate = CeasefireHazards.onset(P, 1, 1, cost, false, false);
            assertTrue(rate > previous, "onset must rise with cost; at " + cost);
            previous = rate;
        }
        assertEquals(previous, CeasefireHazards.onset(P, 1, 1, 100 * P.costScale(), false, false), 1e-9);
    }

    @Test
    void mediationAndReputationMultiplyOnset() {
        double plain = CeasefireHazards.onset(P, 1, 1, 2, false, false);
        assertEquals(plain * P.mediationFactor(), CeasefireHazards.onset(P, 1, 1, 2, true, false), EPS);
        assertEquals(plain * P.reputationFactor(), CeasefireHazards.onset(P, 1, 1, 2, false, true), EPS);
        assertEquals(plain * P.mediationFactor() * P.reputationFactor(), CeasefireHazards.onset(P, 1, 1, 2, true, true), EPS);
    }

    @Test
    void erosionIsBaseTimesExpOfWeightedDrivers() {
        Pact d = pact();
        assertEquals(P.breakBase(), CeasefireHazards.erosion(P, d), EPS);
        d.contacts = 3;
        d.defections = 10;
        d.competition = 2;
        d.leadersKilled = 1;
        d.spoilers = 2;
        double log = 3 * P.contactWeight() + 10 * P.defectionWeight() + 2 * P.competitionWeight() + P.leaderWeight()
                + 2 * P.spoilerWeight();
        assertEquals(log, CeasefireHazards.drivers(P, d), EPS);
        assertEquals(P.breakBase() * Math.exp(log), CeasefireHazards.erosion(P, d), 1e-12);
    }

    @Test
    void everyDriverRaisesErosionAndBreakdown() {
        Pact quiet = pact();
        double e0 = CeasefireHazards.erosion(P, quiet);
        double b0 = CeasefireHazards.breakdown(P, quiet);
        String[] names = {"contacts", "defections", "competition", "leadersKilled", "spoilers"};
        for (String name : names) {
            Pact d = pact();
            switch (name) {
                case "contacts" -> d.contacts = 1;
                case "defections" -> d.defections = 1;
                case "competition" -> d.competition = 1;
                case "leadersKilled" -> d.leadersKilled = 1;
                default -> d.spoilers = 1;
            }
            assertTrue(CeasefireHazards.erosion(P, d) > e0, name + " must raise erosion");
            assertTrue(CeasefireHazards.breakdown(P, d) > b0, name + " must raise breakdown");
        }
        Pact violated = pact();
        violated.violations = 2;
        assertEquals(b0 + 2 * P.violationHazard(), CeasefireHazards.breakdown(P, violated), EPS);
        assertEquals(e0, CeasefireHazards.erosion(P, violated), EPS);
    }

    @Test
    void monitoringAndGuarantorLowerEveryBreakdownRate() {
        Pact d = pact();
        d.contacts = 2;
        d.violations = 1;
        double e = CeasefireHazards.erosion(P, d);
        double b = CeasefireHazards.breakdown(P, d);
        d.monitored = true;
        assertEquals(e * P.monitoringEffect(), CeasefireHazards.erosion(P, d), EPS);
        assertEquals(b * P.monitoringEffect(), CeasefireHazards.breakdown(P, d), EPS);
        d.guaranteed = true;
        assertEquals(e * P.monitoringEffect() * P.guarantorEffect(), CeasefireHazards.erosion(P, d), EPS);
    }

    @Test
    void hugeDriversStayFinite() {
        Pact d = pact();
        d.contacts = 1_000_000;
        double rate = CeasefireHazards.erosion(P, d);
        assertTrue(Double.isFinite(rate), "rate " + rate);
        assertEquals(1.0, CeasefireHazards.probability(rate), 1e-9);
    }

    @Test
    void probabilityOfARate() {
        assertEquals(0, CeasefireHazards.probability(0), EPS);
        assertEquals(0, CeasefireHazards.probability(-1), EPS);
        assertEquals(1 - Math.exp(-0.2), CeasefireHazards.probability(0.2), EPS);
    }
}

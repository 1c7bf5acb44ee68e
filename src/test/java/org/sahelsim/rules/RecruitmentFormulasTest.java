package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.Community;
import org.sahelsim.model.Faction;
import org.sahelsim.model.UnitKind;
import org.sahelsim.model.config.DefectionParams;
import org.sahelsim.model.config.DesertionParams;
import org.sahelsim.model.config.RecruitmentParams;
import org.sahelsim.testing.MicroWorld;

/** The formulas of recruitment, defection and desertion, one by one. */
class RecruitmentFormulasTest {
    private static final RecruitmentParams DEFAULTS = MicroWorld.config("").recruitment();

    @Test
    void riskFollowsEpsteinWithTheFloor() {
        assertEquals(0.0, Activation.risk(99, 99, 2.3), 1e-12, "C/A just below 1 gives no risk");
        assertEquals(1 - Math.exp(-2.3), Activation.risk(100, 99, 2.3), 1e-12, "C/A = 1: Epstein's P ≈ 0.9");
        assertEquals(1 - Math.exp(-4.6), Activation.risk(299, 99, 2.3), 1e-12, "floor(2.99) = 2");
        assertEquals(0.0, Activation.risk(500, 0, 0), 1e-12, "k = 0 means no risk");
    }

    @Test
    void willingShareMatchesAMonteCarloOfEpsteinsRule() {
        MersenneTwisterFast r = new MersenneTwisterFast(1);
        double[][] cases = {{0.5, 0.0}, {0.5, 0.3}, {0.5, 0.9}, {0.9, 0.2}, {0.3, 1.0}, {0.15, 0.5}};
        for (double[] c : cases) {
            int n = 400_000;
            int willing = 0;
            for (int k = 0; k < n; k++) {
                willing += r.nextDouble() * c[0] - r.nextDouble() * c[1] > 0.1 ? 1 : 0;
            }
            assertEquals(willing / (double) n, Activation.willingShare(c[0], c[1], 0.1), 0.004,
                    "g = " + c[0] + ", P = " + c[1]);
        }
        assertEquals(0.0, Activation.willingShare(0.1, 0.0, 0.1), 1e-12, "nobody joins at g = T");
    }

    @Test
    void willingShareRisesWithGrievanceAndFallsWithRisk() {
        for (double p = 0; p <= 1.0; p += 0.1) {
            for (double g = 0.11; g < 1.0; g += 0.05) {
                assertTrue(Activation.willingShare(g + 0.05, p, 0.1) > Activation.willingShare(g, p, 0.1), "g " + g + " P " + p);
                assertTrue(Activation.willingShare(g, p + 0.1, 0.1) < Activation.willingShare(g, p, 0.1), "g " + g + " P " + p);
            }
        }
    }

    @Test
    void unitIntakeSaturatesAtItsCapacity() {
        assertEquals(0.0, Recruitment.saturate(0, 2), 1e-12);
        assertEquals(1.0, Recruitment.saturate(2, 2), 1e-12, "half the capacity when the potential equals it");
        assertEquals(0.1 / 1.05, Recruitment.saturate(0.1, 2), 1e-12, "nearly linear for a small potential");
        assertTrue(Recruitment.saturate(1e6, 2) < 2 && Recruitment.saturate(1e6, 2) > 1.999);
        assertEquals(0.0, Recruitment.saturate(5, 0), 1e-12, "capacity 0 stops recruitment");
    }

    @Test
    void payAttractionRunsFromTheFloorToOne() {
        assertEquals(0.5, Attraction.pay(DEFAULTS, 0, 10), 1e-12, "a broke group pays nothing");
        assertEquals(0.5 + 0.5 * (1 / 1.5), Attraction.pay(DEFAULTS, 10, 10), 1e-12, "one year of upkeep in the bank");
        assertEquals(1.0, Attraction.pay(DEFAULTS, 5, 0), 1e-12, "money and no fighters to pay");
        assertTrue(Attraction.pay(DEFAULTS, 20, 10) > Attraction.pay(DEFAULTS, 10, 10));
        assertTrue(Attraction.pay(DEFAULTS, 1e9, 10) < 1.0);
    }

    @Test
    void affinityCombinesTheCommunitySharesOfARegion() {
        float[] fulani = new float[Community.count()];
        fulani[Community.FULANI.ordinal()] = 1f;
        float[] mixed = new float[Community.count()];
        mixed[Community.FULANI.ordinal()] = 0.5f;
        mixed[Community.HAUSA.ordinal()] = 0.5f;
        assertEquals(RecruitmentParams.defaultAffinity(Faction.ISSP, Community.FULANI), Attraction.combine(DEFAULTS, Faction.ISSP, fulani), 1e-9);
        assertEquals(0.5 * DEFAULTS.affinity(Faction.JNIM, Community.FULANI) + 0.5 * DEFAULTS.affinity(Faction.JNIM, Community.HAUSA),
                Attraction.combine(DEFAULTS, Faction.JNIM, mixed), 1e-6);
        assertEquals(0.0, Attraction.combine(DEFAULTS, Faction.MALI, mixed), 1e-12, "state forces draw no recruits");
    }

    @Test
    void scenarioAffinityOverridesOnlyTheValuesItNames() {
        RecruitmentParams p = MicroWorld.config("recruitment: {affinity: {JNIM: {hausa: 0.9}}}").recruitment();
        assertEquals(0.9, p.affinity(Faction.JNIM, Community.HAUSA), 1e-12);
        assertEquals(RecruitmentParams.defaultAffinity(Faction.JNIM, Community.TUAREG), p.affinity(Faction.JNIM, Community.TUAREG), 1e-12);
        assertEquals(RecruitmentParams.defaultAffinity(Faction.ISSP, Community.FULANI), p.affinity(Faction.ISSP, Community.FULANI), 1e-12);
    }

    @Test
    void defectionHazardFallsWithAutonomyAndRisesWithPitchAndGrievance() {
        DefectionParams p = DEFAULTS.defection();
        assertEquals(p.rate(), Defection.hazard(p, 0, 1, 0), 1e-12, "no autonomy, even pitch, no grievance: the base rate");
        assertEquals(p.rate() * (1 - p.autonomyProtection()), Defection.hazard(p, 1, 1, 0), 1e-12);
        assertTrue(Defection.hazard(p, 0.8, 1, 0) < Defection.hazard(p, 0.3, 1, 0), "autonomy protects");
        assertTrue(Defection.hazard(p, 0.5, 2, 0) > Defection.hazard(p, 0.5, 1, 0), "a stronger pitch draws");
        assertEquals(Defection.hazard(p, 0.5, 1, 0) * (1 + p.grievanceWeight()), Defection.hazard(p, 0.5, 1, 1), 1e-12);
        assertEquals(1.0, Defection.hazard(new DefectionParams(1, 0, 20, 0, 0, 0), 0, 5, 2), 1e-12, "clamped at 1");
    }

    @Test
    void lossShareUsesRecentLosses() {
        ArmedUnit u = new ArmedUnit(0, Faction.JNIM, UnitKind.BAND, 60, 0.8, 0, 0);
        assertEquals(0.0, Defection.lossShare(u), 1e-12);
        u.recentLosses = 40;
        assertEquals(0.4, Defection.lossShare(u), 1e-12, "40 lost of 100: 40%");
    }

    @Test
    void desertionRateHasAThresholdForLossesAndAnUnpaidTerm() {
        DesertionParams p = DEFAULTS.desertion();
        assertEquals(p.base(), Desertion.rate(p, 0, 0), 1e-12);
        assertEquals(p.base(), Desertion.rate(p, p.lossThreshold(), 0), 1e-12, "losses up to the threshold add nothing");
        assertEquals(p.base() + p.lossWeight() * 0.3, Desertion.rate(p, p.lossThreshold() + 0.3, 0), 1e-12);
        assertEquals(p.base() + p.unpaidWeight(), Desertion.rate(p, 0, 1), 1e-12);
        assertEquals(1.0, Desertion.rate(new DesertionParams(0.5, 10, 0, 1), 1, 1), 1e-12, "clamped at 1");
    }
}

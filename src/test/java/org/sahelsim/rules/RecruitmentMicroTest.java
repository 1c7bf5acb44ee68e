package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Community;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Indicator;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.config.ScenarioConfig;
import org.sahelsim.testing.MicroMap;
import org.sahelsim.testing.MicroWorld;

/**
 * Recruitment mechanisms in micro-worlds, each over 30 seeds paired by seed (the two arms of a
 * comparison use the same seed). Units are given an intake capacity of 100 recruits a week, far
 * above what they draw, so that the driver under test is not masked by saturation (which
 * {@link RecruitmentFormulasTest} checks on its own); the shares that must hold are stated in each
 * assertion.
 */
class RecruitmentMicroTest {
    static final int SEEDS = 30;
    static final SahelMap MAP = MicroMap.of(60, 40, 500f);
    /** The recruitment block of every world here; a test adds its own keys inside it. */
    static final String UNSATURATED = "unitCapacity: 100";
    private static final String JNIM_ALONE = "forces:\n  - {faction: JNIM, region: NE-6, fighters: 600, units: 6}\n";
    private static final String PLAIN = "recruitment: {" + UNSATURATED + "}\n";
    /** No income at all, so that treasuries only move by what a test sets. */
    private static final String NO_INCOME = "economy: {taxPerResident: 0, checkpointPerCell: 0, blockadePerResident: 0, ransomsPerYear: 0}\n";

    /** Sum of an indicator over {@code weeks} weeks. */
    static double total(SahelMap map, ScenarioConfig c, long seed, int weeks, Indicator ind, Faction f,
                        Consumer<SahelModel> setup) {
        SahelModel m = MicroWorld.start(map, c, seed, RuleSet.standard());
        setup.accept(m);
        double sum = 0;
        for (int w = 0; w < weeks; w++) {
            m.schedule.step(m);
            sum += m.indicators.get(ind, f);
        }
        return sum;
    }

    /** Seeds in which arm {@code a} gives more of the indicator than arm {@code b}. */
    static int seedsWhereMore(SahelMap map, ScenarioConfig a, Consumer<SahelModel> setA, ScenarioConfig b,
                              Consumer<SahelModel> setB, int weeks, Indicator ind, Faction f) {
        int n = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            n += total(map, a, seed, weeks, ind, f, setA) > total(map, b, seed, weeks, ind, f, setB) ? 1 : 0;
        }
        return n;
    }

    private static int more(String a, String b, int weeks) {
        return seedsWhereMore(MAP, MicroWorld.config(a), m -> { }, MicroWorld.config(b), m -> { }, weeks,
                Indicator.RECRUITS, Faction.JNIM);
    }

    @Test
    void moreGrievanceMoreRecruits() {
        int n = more(JNIM_ALONE + "recruitment: {" + UNSATURATED + ", grievance: {legitimacy: 0.4}}\n",
                JNIM_ALONE + "recruitment: {" + UNSATURATED + ", grievance: {legitimacy: 0.85}}\n", 52);
        assertTrue(n >= 27, "grievance 0.6 gave more recruits than 0.15 in " + n + "/30 seeds (need >= 90%)");
    }

    @Test
    void statePresenceDetersJoining() {
        String garrisons = "  - {faction: NIGER, region: NE-6, fighters: 8000, units: 16, kind: garrison}\n";
        int n = more(PLAIN + JNIM_ALONE, PLAIN + JNIM_ALONE + garrisons, 52);
        assertTrue(n >= 27, "JNIM recruited more without hostile garrisons in view in " + n + "/30 seeds (need >= 90%)");
    }

    @Test
    void higherMomentumMoreRecruits() {
        ScenarioConfig c = MicroWorld.config(PLAIN + JNIM_ALONE);
        int n = seedsWhereMore(MAP, c, m -> m.state(Faction.JNIM).momentum = 0.8, c,
                m -> m.state(Faction.JNIM).momentum = -0.8, 52, Indicator.RECRUITS, Faction.JNIM);
        assertTrue(n >= 27, "momentum +0.8 gave more recruits than -0.8 in " + n + "/30 seeds (need >= 90%)");
    }

    @Test
    void higherPayMoreRecruits() {
        int n = more(PLAIN + JNIM_ALONE + NO_INCOME + "factions: {JNIM: {treasury: 100}}\n", PLAIN + JNIM_ALONE + NO_INCOME, 52);
        assertTrue(n >= 27, "a treasury of $100M gave more recruits than an empty one in " + n + "/30 seeds (need >= 90%)");
    }

    @Test
    void bothGroupsCompeteForTheSamePool() {
        // A Fulani region, where both groups draw; no fighting between them, so only the pool is shared.
        SahelMap fulani = MicroMap.withPeople(MAP, Map.of("NE-6", Map.of(Community.FULANI, 1.0)), List.of());
        String rival = "  - {faction: ISSP, region: NE-6, fighters: 600, units: 6}\n"
                + "relations: [{a: ISSP, b: JNIM, stance: neutral}]\n";
        int n = seedsWhereMore(fulani, MicroWorld.config(PLAIN + JNIM_ALONE), m -> { },
                MicroWorld.config(PLAIN + JNIM_ALONE + rival), m -> { }, 52, Indicator.RECRUITS, Faction.JNIM);
        assertTrue(n >= 27, "JNIM recruited more alone than beside ISSP in " + n + "/30 seeds (need >= 90%)");
    }

    @Test
    void isspDrawsOnTheFulaniWhileJnimDrawsAcrossCommunities() {
        // Dense villages (the rural cap) and six weeks: the pools are far from drained, so the
        // totals show how fast each group draws on a community; over years both arms would empty
        // their pools and the totals would converge on the pools' size.
        SahelMap map = MicroMap.withPeople(MicroMap.of(60, 40, 15000f), Map.of("NE-6", Map.of(Community.FULANI, 1.0),
                "NG-SO", Map.of(Community.TUAREG, 1.0)), List.of());
        // Units do not move, so each arm's catchment stays inside its community.
        String west = PLAIN + "movement: {speedCells: 0}\nforces:\n  - {faction: %s, region: NE-6, fighters: 600, units: 6}\n";
        String east = PLAIN + "movement: {speedCells: 0}\nforces:\n  - {faction: %s, region: NG-SO, fighters: 600, units: 6}\n";
        int isspFulani = 0;
        int jnimEven = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            double[] r = new double[4];
            int k = 0;
            for (Faction f : List.of(Faction.ISSP, Faction.JNIM)) {
                r[k++] = total(map, MicroWorld.config(west.formatted(f)), seed, 6, Indicator.RECRUITS, f, m -> { });
                r[k++] = total(map, MicroWorld.config(east.formatted(f)), seed, 6, Indicator.RECRUITS, f, m -> { });
            }
            isspFulani += r[0] > 3 * r[1] ? 1 : 0;
            jnimEven += r[2] < 1.5 * r[3] && r[3] < 1.5 * r[2] ? 1 : 0;
        }
        assertTrue(isspFulani >= 27, "ISSP recruited over 3x more among Fulani than Tuareg in " + isspFulani + "/30 (need >= 90%)");
        assertTrue(jnimEven >= 24, "JNIM recruited within 1.5x among Fulani and Tuareg in " + jnimEven + "/30 (need >= 80%)");
    }

    @Test
    void stateUnitsReplaceTheirLosses() {
        ScenarioConfig c = MicroWorld.config("forces:\n  - {faction: NIGER, region: NE-6, fighters: 1200, units: 4, kind: column}\n");
        double keep = Math.pow(1 - c.recruitment().stateReplacement(), 52);
        for (long seed = 1; seed <= SEEDS; seed++) {
            SahelModel m = MicroWorld.start(MAP, c, seed, RuleSet.standard());
            m.units.forEach(u -> u.fighters = 100);
            MicroWorld.run(m, 52);
            for (org.sahelsim.model.ArmedUnit u : m.units) {
                double left = (u.establishment - u.fighters) / 200.0;
                assertTrue(left > 0.5 * keep && left < 1.5 * keep, "seed " + seed + ": " + left + " of the shortfall left, expected about " + keep);
            }
        }
    }
}

package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Indicator;
import org.sahelsim.model.Phases;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Submodel;
import org.sahelsim.model.config.ScenarioConfig;
import org.sahelsim.testing.MicroWorld;

/** Fighters desert under sustained losses and when unpaid; 30 seeds paired by seed, shares stated. */
class DesertionMicroTest {
    private static final String JNIM_ALONE = "forces:\n  - {faction: JNIM, region: NE-6, fighters: 600, units: 6}\n";

    /** Keeps every JNIM unit's recent losses at half its strength, as under sustained fighting. */
    static final class SustainedLosses implements Submodel {
        @Override
        public int phase() {
            return Phases.COMBAT;
        }

        @Override
        public void apply(SahelModel m) {
            for (ArmedUnit u : m.units) {
                if (u.faction == Faction.JNIM) {
                    u.recentLosses = 0.5 * u.fighters;
                }
            }
        }
    }

    private static double desertions(ScenarioConfig c, long seed, List<Submodel> extra) {
        List<Submodel> rules = new ArrayList<>(RuleSet.standard());
        rules.addAll(extra);
        SahelModel m = MicroWorld.start(RecruitmentMicroTest.MAP, c, seed, rules);
        double sum = 0;
        for (int w = 0; w < 26; w++) {
            m.schedule.step(m);
            sum += m.indicators.get(Indicator.DESERTIONS, Faction.JNIM);
        }
        return sum;
    }

    @Test
    void sustainedLossesBringDesertion() {
        ScenarioConfig c = MicroWorld.config(JNIM_ALONE);
        int n = 0;
        for (long seed = 1; seed <= 30; seed++) {
            n += desertions(c, seed, List.of(new SustainedLosses())) > 3 * desertions(c, seed, List.of()) ? 1 : 0;
        }
        assertTrue(n >= 29, "losses of a third of the unit tripled desertion in " + n + "/30 seeds (need >= 95%)");
    }

    @Test
    void fightingAStrongerEnemyBringsMoreDesertionThanQuiet() {
        ScenarioConfig quiet = MicroWorld.config(JNIM_ALONE);
        ScenarioConfig war = MicroWorld.config(JNIM_ALONE + "  - {faction: NIGER, region: NE-6, fighters: 4800, units: 8, kind: column}\n"
                + "combat: {findProbability: 1}\n");
        int n = 0;
        for (long seed = 1; seed <= 30; seed++) {
            n += desertions(war, seed, List.of()) > desertions(quiet, seed, List.of()) ? 1 : 0;
        }
        assertTrue(n >= 24, "JNIM under attack deserted more than JNIM at peace in " + n + "/30 seeds (need >= 80%)");
    }

    @Test
    void unpaidFightersDesert() {
        String broke = JNIM_ALONE + "economy: {taxPerResident: 0, checkpointPerCell: 0, blockadePerResident: 0, ransomsPerYear: 0}\n";
        ScenarioConfig unpaid = MicroWorld.config(broke);
        ScenarioConfig paid = MicroWorld.config(broke + "factions: {JNIM: {treasury: 100}}\n");
        int n = 0;
        for (long seed = 1; seed <= 30; seed++) {
            n += desertions(unpaid, seed, List.of()) > 2 * desertions(paid, seed, List.of()) ? 1 : 0;
        }
        assertTrue(n >= 27, "an unpaid group lost over twice the deserters of a paid one in " + n + "/30 seeds (need >= 90%)");
    }
}

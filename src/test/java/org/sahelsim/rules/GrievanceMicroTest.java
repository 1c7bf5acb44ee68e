package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.ClashEvent;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Indicator;
import org.sahelsim.model.Phases;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Submodel;
import org.sahelsim.model.config.ScenarioConfig;
import org.sahelsim.testing.MicroWorld;

/**
 * Abuses and collateral damage by state forces raise grievance, and grievance raises recruitment,
 * each over 30 seeds paired by seed, for a year (two where stated), with units far from their intake capacity (as in
 * {@link RecruitmentMicroTest}). The shares that must hold are stated in each assertion.
 */
class GrievanceMicroTest {

    /**
     * Stands for operations of the Nigerien army among JNIM's villages without fighting: each week,
     * each JNIM unit's cell sees one operation with probability 1/2 (an event with no losses), so
     * that the only channel from the operations to recruitment is the grievance they cause.
     */
    static final class Operations implements Submodel {
        @Override
        public int phase() {
            return Phases.COMBAT;
        }

        @Override
        public void apply(SahelModel m) {
            for (ArmedUnit u : m.units) {
                if (u.faction == Faction.JNIM && m.random.nextBoolean(0.5)) {
                    m.weekEvents.add(new ClashEvent(m.week(), m.date(), m.map.index(u.x, u.y), "NE-6", Faction.NIGER,
                            Faction.JNIM, ClashEvent.Type.CLASH, 0, 0, 0, ""));
                }
            }
        }
    }

    /** {mean grievance over passable cells at the end, JNIM recruits over the year}. */
    private static double[] run(SahelMap map, ScenarioConfig c, long seed, List<Submodel> extra, int weeks) {
        List<Submodel> rules = new ArrayList<>(RuleSet.standard());
        rules.addAll(extra);
        SahelModel m = MicroWorld.start(map, c, seed, rules);
        double recruits = 0;
        for (int w = 0; w < weeks; w++) {
            m.schedule.step(m);
            recruits += m.indicators.get(Indicator.RECRUITS, Faction.JNIM);
        }
        double sum = 0;
        int n = 0;
        for (int cell = 0; cell < m.map.cells(); cell++) {
            if (m.passable(cell)) {
                sum += m.grievance.total(cell);
                n++;
            }
        }
        return new double[] {sum / n, recruits};
    }

    /** {seeds with more grievance in arm a, seeds with more recruits in arm a}. */
    private static int[] compare(SahelMap map, String a, String b, List<Submodel> extra) {
        return compare(map, a, b, extra, 52);
    }

    private static int[] compare(SahelMap map, String a, String b, List<Submodel> extra, int weeks) {
        int grievance = 0;
        int recruits = 0;
        for (long seed = 1; seed <= RecruitmentMicroTest.SEEDS; seed++) {
            double[] x = run(map, MicroWorld.config(a), seed, extra, weeks);
            double[] y = run(map, MicroWorld.config(b), seed, extra, weeks);
            grievance += x[0] > y[0] ? 1 : 0;
            recruits += x[1] > y[1] ? 1 : 0;
        }
        return new int[] {grievance, recruits};
    }

    @Test
    void moreAbusesMoreGrievanceMoreRecruits() {
        String jnim = "forces:\n  - {faction: JNIM, region: NE-6, fighters: 600, units: 6}\n";
        int[] n = compare(RecruitmentMicroTest.MAP, jnim + "recruitment: {unitCapacity: 100, grievance: {abuseState: 0.2}}\n",
                jnim + "recruitment: {unitCapacity: 100, grievance: {abuseState: 0}}\n", List.of(new Operations()));
        assertTrue(n[0] >= 27, "abusive operations left more grievance in " + n[0] + "/30 seeds (need >= 90%)");
        assertTrue(n[1] >= 27, "abusive operations gave JNIM more recruits in " + n[1] + "/30 seeds (need >= 90%)");
    }

    /**
     * Runs two years: the army may not leave Niger (the west half), so it fights JNIM there often
     * and the losses of that fighting make a year's recruits vary more than the grievance channel
     * moves them (30 seeds, one year: 18 with more recruits); lasting grievance builds over about
     * 1/relaxation = 110 weeks, and over two years the channel shows.
     */
    @Test
    void lowerAccuracyMoreGrievanceMoreRecruits() {
        String fight = """
                forces:
                  - {faction: JNIM, region: NE-6, fighters: 1200, units: 12}
                  - {faction: NIGER, region: NE-6, fighters: 3600, units: 12, kind: column}
                """;
        String unsaturated = "recruitment: {unitCapacity: 100}\n";
        int[] n = compare(MicroWorld.MAP, fight + unsaturated + "combat: {findProbability: 1, civilianRate: 5}\n",
                fight + unsaturated + "combat: {findProbability: 1, civilianRate: 0}\n", List.of(), 104);
        assertTrue(n[0] >= 27, "inaccurate state forces left more grievance in " + n[0] + "/30 seeds (need >= 90%)");
        assertTrue(n[1] >= 21, "inaccurate state forces gave JNIM more recruits in " + n[1] + "/30 seeds (need >= 70%)");
    }
}

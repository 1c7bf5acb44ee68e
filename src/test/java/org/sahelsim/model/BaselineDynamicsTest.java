package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sahelsim.geo.WorldResources;
import org.sahelsim.model.config.ScenarioConfig;
import org.sahelsim.rules.RuleSet;
import org.sahelsim.testing.Runs;

/**
 * A five-year run of baseline-2026 visibly moves, over 20 seeds: units relocate, control changes
 * hands and clashes happen every year. Each criterion must hold in at least 19 of the 20 seeds.
 */
class BaselineDynamicsTest {
    private static final int SEEDS = 20;
    private static final int REQUIRED = 19;

    record Outcome(long seed, double movedShare, int cellsChanged, boolean clashesEveryYear) {
    }

    @Test
    void fiveYearsOfBaselineMove() throws Exception {
        ScenarioConfig c = Runs.scenario("baseline-2026.yaml", 260);
        SahelMap map = WorldResources.load(c.resolution());
        List<Outcome> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (long seed = 1; seed <= SEEDS; seed++) {
                long s = seed;
                futures.add(pool.submit(() -> simulate(c, map, s)));
            }
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        long moved = outcomes.stream().filter(o -> o.movedShare() >= 0.5).count();
        long changed = outcomes.stream().filter(o -> o.cellsChanged() >= 300).count();
        long clashed = outcomes.stream().filter(Outcome::clashesEveryYear).count();
        String detail = outcomes.toString();
        assertTrue(moved >= REQUIRED, "half the surviving mobile units moved >= 5 cells in " + moved + "/20: " + detail);
        assertTrue(changed >= REQUIRED, ">= 300 cells changed hands in " + changed + "/20: " + detail);
        assertTrue(clashed >= REQUIRED, "clashes every year in " + clashed + "/20: " + detail);
    }

    private static Outcome simulate(ScenarioConfig c, SahelMap map, long seed) {
        SahelModel m = new SahelModel(seed, map, c, RuleSet.standard());
        m.start();
        byte[] start = m.territory.controller.clone();
        Map<Integer, int[]> origin = new HashMap<>();
        for (ArmedUnit u : m.units) {
            origin.put(u.id, new int[] {u.x, u.y});
        }
        int[] clashesPerYear = new int[5];
        for (int w = 0; w < 260; w++) {
            m.schedule.step(m);
            clashesPerYear[Math.min(4, w / 52)] += m.weekEvents.size();
        }
        int mobile = 0;
        int moved = 0;
        for (ArmedUnit u : m.units) {
            int[] o = origin.get(u.id);
            if (u.isMobile() && o != null) {
                mobile++;
                moved += Math.max(Math.abs(u.x - o[0]), Math.abs(u.y - o[1])) >= 5 ? 1 : 0;
            }
        }
        int changed = 0;
        for (int i = 0; i < start.length; i++) {
            changed += start[i] != m.territory.controller[i] ? 1 : 0;
        }
        boolean everyYear = java.util.Arrays.stream(clashesPerYear).allMatch(n -> n > 0);
        return new Outcome(seed, mobile == 0 ? 0 : moved / (double) mobile, changed, everyYear);
    }
}

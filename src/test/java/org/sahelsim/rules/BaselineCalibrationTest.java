package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sahelsim.geo.WorldResources;
import org.sahelsim.model.Community;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Indicator;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Submodel;
import org.sahelsim.model.config.ScenarioConfig;
import org.sahelsim.testing.Runs;

/**
 * Five years of baseline-2026 with the standard rules, over 20 seeds: the jihadist groups sustain
 * themselves within the calibration figures (Africa Center for Strategic Studies 2025: JNIM about
 * 6,000-7,000, ISSP about 2,000-3,000 fighters), widened by a quarter for five years of model drift;
 * JNIM suffers no large-scale defection to ISSP (brief); ISSP recruits mostly among the Fulani and
 * JNIM across communities (brief). Each share that must hold is stated in its assertion.
 */
class BaselineCalibrationTest {
    private static final int SEEDS = 20;
    private static final int WEEKS = 260;
    private static final double[] JNIM_BAND = {6000 * 0.75, 7000 * 1.25};
    private static final double[] ISSP_BAND = {2000 * 0.75, 3000 * 1.25};
    private static List<Outcome> outcomes;

    /** Fighters at the end of each year per group (ISSP, JNIM, ISWAP), defections, recruits by community. */
    record Outcome(long seed, int[][] fighters, int iswapStart, double jnimToIssp, int jnimDefectionEvents,
                   double[] isspByCommunity, double[] jnimByCommunity) {
        @Override
        public String toString() {
            return "seed " + seed + ": ISSP " + Arrays.toString(fighters[0]) + " JNIM " + Arrays.toString(fighters[1])
                    + " ISWAP " + Arrays.toString(fighters[2]) + " JNIM->ISSP " + jnimToIssp;
        }
    }

    @BeforeAll
    static void simulate() throws Exception {
        ScenarioConfig c = Runs.scenario("baseline-2026.yaml", WEEKS);
        SahelMap map = WorldResources.load(c.resolution());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (long seed = 1; seed <= SEEDS; seed++) {
                long s = seed;
                futures.add(pool.submit(() -> run(c, map, s)));
            }
            outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static Outcome run(ScenarioConfig c, SahelMap map, long seed) {
        List<Submodel> rules = RuleSet.standard();
        SahelModel m = new SahelModel(seed, map, c, rules);
        m.start();
        Faction[] groups = {Faction.ISSP, Faction.JNIM, Faction.ISWAP};
        int[][] fighters = new int[3][WEEKS / 52];
        int iswapStart = m.units.stream().filter(u -> u.faction == Faction.ISWAP).mapToInt(u -> u.fighters).sum();
        double toIssp = 0;
        int events = 0;
        for (int w = 0; w < WEEKS; w++) {
            m.schedule.step(m);
            toIssp += m.indicators.get(Indicator.DEFECTIONS_IN, Faction.ISSP);
            events += (int) m.weekLog.stream().filter(l -> l.kind().equals("defection") && l.faction() == Faction.JNIM).count();
            if (w % 52 == 51) {
                for (int k = 0; k < 3; k++) {
                    fighters[k][w / 52] = m.lastStats.fighters()[groups[k].ordinal()];
                }
            }
        }
        Recruitment r = (Recruitment) m.submodels().stream().filter(s -> s instanceof Recruitment).findFirst().orElseThrow();
        return new Outcome(seed, fighters, iswapStart, toIssp, events,
                shares(r.expectedRecruitsByCommunity(m, Faction.ISSP)), shares(r.expectedRecruitsByCommunity(m, Faction.JNIM)));
    }

    private static double[] shares(double[] v) {
        double sum = Arrays.stream(v).sum();
        return Arrays.stream(v).map(x -> x / sum).toArray();
    }

    private static boolean within(int[] series, double[] band) {
        return Arrays.stream(series).allMatch(n -> n >= band[0] && n <= band[1]);
    }

    @Test
    void jnimAndIsspStayWithinTheCalibrationFiguresForFiveYears() {
        long jnim = outcomes.stream().filter(o -> within(o.fighters()[1], JNIM_BAND)).count();
        long issp = outcomes.stream().filter(o -> within(o.fighters()[0], ISSP_BAND)).count();
        assertTrue(jnim >= 16, "JNIM within 4,500-8,750 at every year's end in " + jnim + "/20 seeds (need >= 80%): " + outcomes);
        assertTrue(issp >= 16, "ISSP within 1,500-3,750 at every year's end in " + issp + "/20 seeds (need >= 80%): " + outcomes);
    }

    @Test
    void iswapNeitherExplodesNorVanishes() {
        long ok = outcomes.stream().filter(o -> o.fighters()[2][4] >= 0.5 * o.iswapStart() && o.fighters()[2][4] <= 2.0 * o.iswapStart()).count();
        assertTrue(ok >= 18, "ISWAP within half and twice its start after five years in " + ok + "/20 seeds (need >= 90%): " + outcomes);
    }

    @Test
    void noLargeScaleDefectionFromJnimToIssp() {
        long small = outcomes.stream().filter(o -> o.jnimToIssp() < 0.05 * 6389).count();
        long some = outcomes.stream().filter(o -> o.jnimDefectionEvents() > 0).count();
        assertTrue(small >= 18, "JNIM lost under 5% of its fighters to ISSP over five years in " + small + "/20 seeds (need >= 90%): " + outcomes);
        assertTrue(some >= 10, "at least one JNIM commander defected in " + some + "/20 seeds (need >= 50%; brief: Feb 2026)");
    }

    @Test
    void isspRecruitsMostlyAmongTheFulaniAndJnimAcrossCommunities() {
        int fulani = Community.FULANI.ordinal();
        long issp = outcomes.stream().filter(o -> o.isspByCommunity()[fulani] > 0.5).count();
        long jnim = outcomes.stream().filter(o -> Arrays.stream(o.jnimByCommunity()).max().orElse(1) < 0.5
                && Arrays.stream(o.jnimByCommunity()).filter(x -> x >= 0.1).count() >= 3).count();
        String detail = outcomes.stream().map(o -> "ISSP " + fmt(o.isspByCommunity()) + " JNIM " + fmt(o.jnimByCommunity())).toList().toString();
        assertTrue(issp >= 18, "over half of ISSP's recruits were Fulani in " + issp + "/20 seeds (need >= 90%): " + detail);
        assertTrue(jnim >= 18, "no community gave JNIM half its recruits and three gave 10% or more in " + jnim
                + "/20 seeds (need >= 90%): " + detail);
    }

    private static String fmt(double[] v) {
        StringBuilder b = new StringBuilder();
        for (Community c : Community.values()) {
            b.append(String.format(" %s=%.2f", c.name().toLowerCase(java.util.Locale.ROOT), v[c.ordinal()]));
        }
        return b.toString();
    }
}

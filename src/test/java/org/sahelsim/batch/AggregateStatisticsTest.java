package org.sahelsim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.geo.WorldResources;
import org.sahelsim.model.Faction;
import org.sahelsim.model.SahelMap;
import org.sahelsim.output.BatchLayout;
import org.sahelsim.output.BatchStatus;
import org.sahelsim.output.CsvReader;
import org.sahelsim.stats.SampleSize;

/**
 * The aggregate tables of hand-made runs against values worked out by hand and against Commons
 * Math: weekly means and t intervals, group sums, end-state totals, paired differences with the
 * share better, replicates needed, control probability, event density and dyad counts.
 */
class AggregateStatisticsTest {
    private static final double EPS = 1e-6;
    private static final String POP = "controlled_population";
    private static final int CELL = 1000;

    @TempDir
    static Path root;
    static SahelMap map;

    @BeforeAll
    static void aggregate() throws IOException {
        map = WorldResources.load(0.5);
        SyntheticRuns s = new SyntheticRuns(root, map, List.of("a", "b"), 3, 2);
        double[] popA = {10, 20, 30};
        double[] popB = {12, 26, 30};
        for (int r = 0; r < 3; r++) {
            s.set(0, r, 0, Faction.JNIM, POP, r + 1).set(0, r, 1, Faction.JNIM, POP, popA[r]);
            s.set(1, r, 1, Faction.JNIM, POP, popB[r]);
            s.set(0, r, 1, Faction.ISSP, POP, 5).set(0, r, 0, Faction.JNIM, "clashes", 1);
        }
        s.set(0, 0, 1, Faction.JNIM, "clashes", 2).set(0, 2, 1, Faction.JNIM, "clashes", 1);
        s.violentEvents(0, 0, 3).violentEvents(0, 2, 1).violentEvents(1, 0, 1).violentEvents(1, 2, 1);
        s.event(0, 0, 0, CELL, Faction.ISSP, Faction.JNIM).event(0, 0, 0, CELL, Faction.JNIM, Faction.ISSP)
                .event(0, 1, 1, CELL, Faction.JNIM, Faction.MALI);
        s.control(0, 0, CELL, Faction.JNIM, true).control(0, 1, CELL, Faction.JNIM, false)
                .control(0, 2, CELL, Faction.ISSP, false);
        s.write(run -> true);
        BatchStatus status = Aggregator.aggregate(root, s.manifest(), map, false);
        assertTrue(status.complete());
    }

    @Test
    void weeklyMeanSdAndStudentTIntervalMatchHandAndCommonsMath() throws IOException {
        Map<String, String> row = one(BatchLayout.WEEKLY, Map.of("arm", "a", "metric", POP, "faction", "JNIM", "week", "1"));
        assertEquals("2026-01-12", row.get("date"));
        assertEquals(3, Integer.parseInt(row.get("n")));
        assertEquals(20, num(row, "mean"), EPS);
        assertEquals(10, num(row, "sd"), EPS);
        assertEquals(20 - 24.841377, num(row, "ci_low"), EPS, "mean - t(0.975, 2) * 10 / sqrt(3), worked by hand");
        DescriptiveStatistics d = new DescriptiveStatistics(new double[] {10, 20, 30});
        double half = new TDistribution(2).inverseCumulativeProbability(0.975) * d.getStandardDeviation() / Math.sqrt(3);
        assertEquals(d.getMean() + half, num(row, "ci_high"), EPS);
    }

    @Test
    void groupsSumTheirMembers() throws IOException {
        Map<String, String> row = one(BatchLayout.WEEKLY, Map.of("arm", "a", "metric", POP, "faction", "JIHADIST_GROUPS",
                "week", "1"));
        assertEquals(25, num(row, "mean"), EPS, "ISSP 5 + JNIM 10, 20, 30");
        assertEquals(10, num(row, "sd"), EPS);
    }

    @Test
    void endStateTakesLevelsAtTheEndAndSumsWeeklyCounts() throws IOException {
        List<Double> clashes = new ArrayList<>();
        for (Map<String, String> r : rows(BatchLayout.ENDSTATE, Map.of("arm", "a", "metric", "clashes_total",
                "faction", "JNIM"))) {
            clashes.add(num(r, "value"));
        }
        assertEquals(List.of(3.0, 1.0, 2.0), clashes);
        Map<String, String> pop = one(BatchLayout.ENDSTATE, Map.of("arm", "a", "metric", POP, "faction", "JNIM",
                "replicate", "1"));
        assertEquals("a-r001", pop.get("run_id"));
        assertEquals("101", pop.get("seed"));
        assertEquals(20, num(pop, "value"));
        Map<String, String> summary = one(BatchLayout.ENDSTATE_SUMMARY, Map.of("arm", "b", "metric", POP, "faction", "JNIM"));
        assertEquals(22.666667, num(summary, "mean"), EPS);
        assertEquals(26, num(summary, "median"), EPS);
        assertEquals(19, num(summary, "q1"), EPS, "R type 7: 12 + 0.5 * (26 - 12)");
        assertEquals(30, num(summary, "max"), EPS);
    }

    @Test
    void pairedDifferencesMatchHandAndCommonsMath() throws IOException {
        Map<String, String> row = one(BatchLayout.PAIRED, Map.of("arm", "b", "metric", POP, "faction", "JNIM"));
        assertEquals("a", row.get("reference"));
        assertEquals("lower", row.get("better"), "less population under JNIM is better");
        assertEquals(8 / 3.0, num(row, "mean_difference"), EPS, "differences 2, 6, 0");
        assertEquals(3.055050, num(row, "sd_difference"), EPS);
        assertEquals(-4.922499, num(row, "ci_low"), EPS);
        assertEquals(10.255833, num(row, "ci_high"), EPS);
        assertEquals(0.5 / 3, num(row, "share_better"), EPS, "two replicates worse, one tie counted as half");
        double p = new TTest().pairedTTest(new double[] {12, 26, 30}, new double[] {10, 20, 30});
        assertEquals(p, num(row, "p_value"), EPS);
        Map<String, String> events = one(BatchLayout.PAIRED, Map.of("arm", "b", "metric", "violent_events"));
        assertEquals("ALL", events.get("faction"));
        assertEquals(-2 / 3.0, num(events, "mean_difference"), EPS);
        assertEquals(2 / 3.0, num(events, "share_better"), EPS, "one better, two ties");
    }

    @Test
    void replicatesNeededFollowTheTargetHalfWidth() throws IOException {
        Map<String, String> row = one(BatchLayout.REPLICATES_NEEDED, Map.of("arm", "b", "metric", POP, "faction", "JNIM"));
        assertEquals("paired difference", row.get("quantity"));
        assertEquals(1.0, num(row, "target_half_width"), EPS, "5% of the reference mean 20");
        assertEquals(39, Integer.parseInt(row.get("replicates_needed")),
                "smallest n with t(0.975, n-1) * 3.055 / sqrt(n) <= 1: n = 38 gives 1.004, n = 39 gives 0.990");
        assertEquals(SampleSize.forHalfWidth(3.0550504633038935, 1.0).replicates(),
                Integer.parseInt(row.get("replicates_needed")));
        assertEquals("false", row.get("capped"));
    }

    @Test
    void controlProbabilityEventDensityAndDyads() throws IOException {
        Map<String, String> jnim = one(BatchLayout.CONTROL, Map.of("arm", "a", "faction", "JNIM", "cell",
                Integer.toString(CELL)));
        assertEquals(2 / 3.0, num(jnim, "p_control"), EPS);
        assertEquals(1 / 3.0, num(jnim, "p_contested"), EPS);
        assertEquals(1 / 3.0, num(one(BatchLayout.CONTROL, Map.of("arm", "a", "faction", "ISSP")), "p_control"), EPS);
        assertTrue(rows(BatchLayout.CONTROL, Map.of("arm", "b")).isEmpty(), "nobody controls anything in arm b");
        Map<String, String> density = one(BatchLayout.DENSITY, Map.of("arm", "a"));
        assertEquals(CELL, Integer.parseInt(density.get("cell")));
        assertEquals(3 / 3.0 * 365.25 / 14, num(density, "events_per_year"), EPS, "3 events, 3 runs, 2 weeks");
        Map<String, String> dyad = one(BatchLayout.DYADS, Map.of("arm", "a", "dyad", "ISSP–JNIM", "week", "0"));
        assertEquals(2 / 3.0, num(dyad, "mean"), EPS);
        assertEquals(Math.sqrt(4 / 3.0), num(dyad, "sd"), EPS, "counts 2, 0, 0");
        assertEquals(1 / 3.0, num(one(BatchLayout.DYADS, Map.of("arm", "a", "dyad", "JNIM–State forces", "week", "1")),
                "mean"), EPS);
    }

    @Test
    void seriesThatAreZeroEverywhereAreLeftOut() throws IOException {
        assertTrue(rows(BatchLayout.WEEKLY, Map.of("faction", "FRANCE")).isEmpty());
        assertFalse(rows(BatchLayout.ENDSTATE, Map.of("faction", "FRANCE")).isEmpty(), "but end states are complete");
    }

    @Test
    void aMissingRunStopsAggregationUnlessPartialIsAllowed(@TempDir Path other) throws IOException {
        SyntheticRuns s = new SyntheticRuns(other, map, List.of("a", "b"), 3, 2).violentEvents(1, 0, 2);
        s.write(run -> !run.runId().equals("b-r001"));
        Aggregator.IncompleteException e = assertThrows(Aggregator.IncompleteException.class,
                () -> Aggregator.aggregate(other, s.manifest(), map, false));
        assertTrue(e.getMessage().startsWith("1 of 6 runs are missing: b-r001"), e.getMessage());
        BatchStatus status = Aggregator.aggregate(other, s.manifest(), map, true);
        assertFalse(status.complete());
        assertEquals(Map.of("a", 3, "b", 2), status.runsPerArm());
        Map<String, String> paired = one(other, BatchLayout.PAIRED, Map.of("metric", "violent_events"));
        assertEquals("2", paired.get("n"), "only replicates both arms finished are paired");
    }

    private static Map<String, String> one(String table, Map<String, String> filter) throws IOException {
        return one(root, table, filter);
    }

    private static Map<String, String> one(Path dir, String table, Map<String, String> filter) throws IOException {
        List<Map<String, String>> rows = rows(dir, table, filter);
        assertEquals(1, rows.size(), table + " rows matching " + filter);
        return rows.get(0);
    }

    private static List<Map<String, String>> rows(String table, Map<String, String> filter) throws IOException {
        return rows(root, table, filter);
    }

    static List<Map<String, String>> rows(Path dir, String table, Map<String, String> filter) throws IOException {
        List<Map<String, String>> out = new ArrayList<>();
        try (CsvReader in = CsvReader.open(BatchLayout.aggregate(dir, table))) {
            while (in.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int c = 0; c < in.header().size(); c++) {
                    row.put(in.header().get(c), in.get(c));
                }
                if (filter.entrySet().stream().allMatch(f -> f.getValue().equals(row.get(f.getKey())))) {
                    out.add(row);
                }
            }
        }
        return out;
    }

    private static double num(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }
}

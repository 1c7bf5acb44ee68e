package org.sahelsim.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.geo.WorldResources;
import org.sahelsim.model.config.ScenarioConfig;
import org.sahelsim.output.Provenance;
import org.sahelsim.output.ProvenanceCollector;
import org.sahelsim.rules.RuleSet;
import org.sahelsim.testing.Runs;

/**
 * The fast check of {@code validate}: real runs of the historical scenario on a short horizon, a
 * pattern true by construction, one false by construction, the standard patterns (not evaluable
 * on 8 weeks), the table and the files, and independence from the number of threads.
 */
class ValidationMachineryTest {
    private static final int WEEKS = 8;
    private static final int REPLICATES = 3;

    /** True by construction: fighters are never negative, and a run has as many dates as weeks. */
    static final Pattern ALWAYS = new Pattern("T1", "true by construction", 1.0, List.of(new Criterion("T1a",
            "ISSP fighters >= 0 every week", o -> Check.of(java.util.Arrays.stream(o.series(Series.ISSP_FIGHTERS))
                    .allMatch(v -> v >= 0) && o.weeks() == WEEKS, o.weeks()))));
    /** False by construction: ISSP's fighters cannot exceed ISSP's and JNIM's together. */
    static final Pattern NEVER = new Pattern("T2", "false by construction", 0.01, List.of(new Criterion("T2a",
            "ISSP fighters exceed ISSP + JNIM fighters in some week", o -> {
                double[] issp = o.series(Series.ISSP_FIGHTERS);
                double[] jnim = o.series(Series.JNIM_FIGHTERS);
                boolean any = false;
                for (int w = 0; w < issp.length; w++) {
                    any |= issp[w] > issp[w] + jnim[w];
                }
                return Check.of(any, Double.NaN);
            })));

    @TempDir
    Path tmp;

    private final ScenarioConfig config = Runs.scenario("historical-2020.yaml", WEEKS);

    private List<Pattern> patterns() {
        List<Pattern> out = new ArrayList<>(List.of(ALWAYS, NEVER));
        out.addAll(StandardPatterns.all());
        return out;
    }

    private Validation.Outcome validate(int threads) {
        return Validation.run(config, null, WorldResources.load(config.resolution()), RuleSet::standard,
                ValidationInputs.current(), patterns(), new Validation.Settings(REPLICATES, threads, 11), i -> { });
    }

    @Test
    void tableFilesAndPatternsTrueAndFalseByConstruction() throws Exception {
        Validation.Outcome o = validate(2);
        assertEquals(Score.Verdict.PASS, row(o.scores(), "T1").verdict());
        assertEquals(1.0, row(o.scores(), "T1").share());
        assertEquals(Score.Verdict.FAIL, row(o.scores(), "T2").verdict());
        assertEquals(0.0, row(o.scores(), "T2").share());
        for (Pattern p : StandardPatterns.all()) {
            assertEquals(Score.Verdict.NOT_EVALUABLE, row(o.scores(), p.id()).verdict(), p.id() + " on " + WEEKS + " weeks");
        }
        assertEquals(List.of(11L, 12L, 13L), o.base().stream().map(RunObservations::seed).toList(), "seed plan");

        Validation.write(tmp, config.name(), new Validation.Settings(REPLICATES, 2, 11), patterns(), o, provenance());
        List<String> table = Files.readAllLines(tmp.resolve("validation.csv"));
        assertEquals("run_id,seed,pattern,row,criterion,replicates,holds,share,threshold,verdict,note", table.get(0));
        assertEquals(o.scores().size() + 1, table.size());
        assertTrue(table.stream().anyMatch(l -> l.startsWith("validate-historical-2020,11,T1,T1,") && l.contains(",3,3,1,1,pass,")), table.toString());
        assertTrue(table.stream().anyMatch(l -> l.contains(",T2,T2,") && l.contains(",3,0,0,0.01,fail,")), table.toString());
        assertTrue(table.stream().anyMatch(l -> l.contains(",P3,P3b,") && l.contains("not evaluable") && l.contains("needs a run covering")));
        long criteria = patterns().stream().mapToLong(p -> p.criteria().size()).sum();
        assertEquals(REPLICATES * criteria + 1, Files.readAllLines(tmp.resolve("replicates.csv")).size());
        String html = Files.readString(tmp.resolve(ValidationReport.FILE), StandardCharsets.UTF_8);
        assertTrue(html.contains("<table>") && html.contains("true by construction") && html.contains("not evaluable"));
        assertEquals(4, html.split("<svg", -1).length - 1, "four charts inline");
        assertTrue(!html.contains("src=\"http") && !html.contains("href=\"http"), "self-contained");
        assertTrue(Files.size(tmp.resolve("provenance.json")) > 0);
        assertTrue(ScoreTable.render(o.scores()).contains("T2a    ISSP fighters exceed"));
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() throws Exception {
        Path one = Files.createDirectories(tmp.resolve("one"));
        Path two = Files.createDirectories(tmp.resolve("two"));
        Validation.write(one, config.name(), new Validation.Settings(REPLICATES, 1, 11), patterns(), validate(1), provenance());
        Validation.write(two, config.name(), new Validation.Settings(REPLICATES, 2, 11), patterns(), validate(2), provenance());
        for (String f : List.of("validation.csv", "replicates.csv")) {
            assertEquals(Files.readString(one.resolve(f)), Files.readString(two.resolve(f)), f);
        }
    }

    private static Provenance provenance() {
        return ProvenanceCollector.start(11, List.of("validate")).finish();
    }

    private static Score row(List<Score> scores, String id) {
        return scores.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}

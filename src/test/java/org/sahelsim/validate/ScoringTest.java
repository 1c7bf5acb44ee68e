package org.sahelsim.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shares, thresholds, gaps and the counterfactual comparison, on synthetic replicates. */
class ScoringTest {
    /** Holds in a replicate when its JNIM fighters in week 0 are positive. */
    private static final Criterion FIRST_WEEK = new Criterion("T1a", "JNIM present in week 0",
            o -> Check.of(o.series(Series.JNIM_FIGHTERS)[0] > 0, o.series(Series.JNIM_FIGHTERS)[0]));
    private static final Pattern T1 = new Pattern("T1", "test", 0.7, List.of(FIRST_WEEK));

    private static List<RunObservations> runs(int holding, int total) {
        List<RunObservations> out = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            out.add(Synthetic.weeks(4).week(Series.JNIM_FIGHTERS, 0, i < holding ? 10 : 0).build());
        }
        return out;
    }

    @Test
    void shareIsCountedAndComparedWithTheThreshold() {
        Score pass = pattern(Scoring.score(List.of(T1), runs(7, 10), null), "T1");
        assertEquals(0.7, pass.share(), 1e-12);
        assertEquals(7, pass.holds());
        assertEquals(Score.Verdict.PASS, pass.verdict(), "the threshold itself passes");
        assertEquals(Score.Verdict.FAIL, pattern(Scoring.score(List.of(T1), runs(6, 10), null), "T1").verdict());
    }

    @Test
    void oneReplicateThatCannotBeEvaluatedMakesTheRowNotEvaluable() {
        Criterion gap = new Criterion("T2a", "needs an input",
                o -> o.replicate() == 2 ? Check.notEvaluable("an input") : Check.of(true, 1));
        List<RunObservations> runs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            runs.add(new RunObservations(i, i, Synthetic.weeks(2).build().dates(), java.util.Map.of(), null, null));
        }
        Score s = pattern(Scoring.score(List.of(new Pattern("T2", "gap", 0.5, List.of(gap))), runs, null), "T2");
        assertEquals(Score.Verdict.NOT_EVALUABLE, s.verdict(), "never passing");
        assertTrue(Double.isNaN(s.share()));
        assertEquals("needs an input", s.needs());
    }

    @Test
    void theComparisonNeedsAClearDropOnPairedReplicates() {
        Pattern p = new Pattern("T3", "with arm", 0.7, List.of(FIRST_WEEK),
                new Pattern.Comparison("T3d", "smaller in the arm", "arm", 0.2, 0.05));
        List<Score> clear = Scoring.score(List.of(p), runs(10, 10), runs(0, 10));
        assertEquals(Score.Verdict.PASS, row(clear, "T3d").verdict(), row(clear, "T3d").needs());
        assertEquals(1.0, row(clear, "T3d").share(), 1e-12, "drop in share");
        assertEquals(Score.Verdict.PASS, pattern(clear, "T3").verdict());
        List<Score> small = Scoring.score(List.of(p), runs(10, 10), runs(9, 10));
        assertEquals(Score.Verdict.FAIL, row(small, "T3d").verdict(), "a drop of 0.1");
        assertEquals(Score.Verdict.FAIL, pattern(small, "T3").verdict(), "its share passes, its comparison does not");
        List<Score> none = Scoring.score(List.of(p), runs(10, 10), null);
        assertEquals(Score.Verdict.NOT_EVALUABLE, row(none, "T3d").verdict());
        assertEquals(Score.Verdict.NOT_EVALUABLE, pattern(none, "T3").verdict(), "no arm, no verdict");
    }

    @Test
    void theComparisonIsSignificantOnlyWithEnoughDiscordantPairs() {
        Pattern p = new Pattern("T4", "with arm", 0.1, List.of(FIRST_WEEK),
                new Pattern.Comparison("T4d", "smaller", "arm", 0.2, 0.05));
        assertEquals(Score.Verdict.FAIL, row(Scoring.score(List.of(p), runs(4, 10), runs(0, 10)), "T4d").verdict(),
                "drop 0.4, but p = 1/16");
        assertEquals(Score.Verdict.PASS, row(Scoring.score(List.of(p), runs(5, 10), runs(0, 10)), "T4d").verdict(),
                "drop 0.5, p = 1/32");
    }

    private static Score pattern(List<Score> scores, String id) {
        Score s = row(scores, id);
        assertTrue(s.isPatternRow());
        return s;
    }

    private static Score row(List<Score> scores, String id) {
        return scores.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}

package org.sahelsim.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.validate.Score;
import org.sahelsim.validate.Score.Verdict;

/** The objective on synthetic outcomes whose ranking is known. */
class ObjectiveTest {
    static final BaselineStability.Shares STABLE = new BaselineStability.Shares(1, 1, 1);

    static Score pattern(String id, double share, double threshold) {
        Verdict v = Double.isNaN(share) ? Verdict.NOT_EVALUABLE : share >= threshold ? Verdict.PASS : Verdict.FAIL;
        return new Score(id, id, "pattern " + id, 10, Double.isNaN(share) ? 0 : (int) Math.round(share * 10), share,
                threshold, v, "");
    }

    static Score criterion(String pattern, String id, double share) {
        return new Score(pattern, id, "criterion " + id, 10, (int) Math.round(share * 10), share, 0.7,
                share >= 0.7 ? Verdict.PASS : Verdict.FAIL, "");
    }

    @Test
    void aRunThatMeetsEveryTargetScoresZero() {
        Objective o = Objective.of(List.of(pattern("P1", 0.9, 0.7), pattern("P5", 0.5, 0.5)), STABLE, 6500, 2500, 1.0);
        assertEquals(0, o.value(), 1e-12);
    }

    @Test
    void theBetterFittingOutcomeHasTheLowerObjective() {
        // Both miss P1 and JNIM's 2025 size; the first misses each by less.
        Objective better = Objective.of(List.of(pattern("P1", 0.6, 0.7), pattern("P2", 0.8, 0.7)), STABLE, 7700, 2500, 1.0);
        Objective worse = Objective.of(List.of(pattern("P1", 0.2, 0.7), pattern("P2", 0.8, 0.7)), STABLE, 14000, 2500, 1.0);
        assertTrue(better.value() < worse.value(), better.value() + " vs " + worse.value());
        assertEquals(0.1, better.patterns(), 1e-12);
        assertEquals(0.5, worse.patterns(), 1e-12);
        assertEquals(0.1, better.sizes(), 1e-12, "(7700 - 7000) / 7000");
        assertEquals(1.0, worse.sizes(), 1e-12, "(14000 - 7000) / 7000");
    }

    @Test
    void eachTermCountsItsOwnShortfall() {
        List<Score> met = List.of(pattern("P1", 0.9, 0.7));
        double base = Objective.of(met, STABLE, 6500, 2500, 1.0).value();
        assertEquals(0.5, Objective.of(met, STABLE, 6500, 1000, 1.0).value() - base, 1e-12, "ISSP half below 2000");
        assertEquals(0.5, Objective.of(met, STABLE, 3000, 2500, 1.0).value() - base, 1e-12, "JNIM half below 6000");
        assertEquals(1.0, Objective.of(met, STABLE, 6500, 2500, 4.0).value() - base, 1e-12, "ISWAP doubled twice");
        BaselineStability.Shares shaky = new BaselineStability.Shares(0.5, 0.8, 0.6);
        assertEquals(0.3 + 0.3, Objective.of(met, shaky, 6500, 2500, 1.0).value() - base, 1e-12,
                "baseline: JNIM 0.3 and ISWAP 0.3 below the shares needed");
    }

    @Test
    void onlyEvaluablePatternRowsCount() {
        List<Score> scores = List.of(criterion("P1", "P1a", 0.0), pattern("P1", 0.6, 0.7), pattern("P5", Double.NaN, 0.5));
        Objective o = Objective.of(scores, STABLE, Double.NaN, Double.NaN, Double.NaN);
        assertEquals(0.1, o.patterns(), 1e-12, "the P1 row counts; its criterion row and the not evaluable P5 do not");
        assertEquals(0, o.sizes(), 1e-12, "a run that stops before 2025 adds no size distance");
        assertTrue(Double.isFinite(o.value()));
    }
}

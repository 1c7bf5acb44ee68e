package org.sahelsim.calibrate;

import java.util.List;
import org.sahelsim.validate.Score;

/**
 * The calibration objective of one point (docs/odd/calibration.md, "Calibration procedure"), to be
 * minimised, 0 when every target is met:
 * <pre>
 * J = Σ_p max(0, threshold_p − share_p)          evaluable patterns P1-P9 of the historical scenario
 *   + Σ_g max(0, need_g − share_g)               baseline force sizes stay within the calibration figures
 *   + Σ_g d(mean 2025 fighters_g, range_g)       historical JNIM and ISSP against their 2025 figures,
 *                                                 and ISWAP's 2025 size against half to twice its start
 * </pre>
 * where d is the relative distance to a range, {@code max(0, lo − x)/lo + max(0, x − hi)/hi}. A
 * pattern that is not evaluable, or a 2025 size of a run that does not reach 2025 (a shortened
 * horizon), adds nothing.
 *
 * @param patterns  the pattern shortfall
 * @param baseline  the baseline shortfall
 * @param sizes     the distance of the 2025 force sizes
 * @param jnim2025  mean over replicates of JNIM's mean fighters in 2025
 * @param issp2025  the same for ISSP
 * @param iswapRatio ISWAP's mean 2025 fighters over its first week's, mean over replicates
 * @param scores    the validation table of the point
 * @param stability the baseline shares
 */
public record Objective(double patterns, double baseline, double sizes, double jnim2025, double issp2025,
                        double iswapRatio, List<Score> scores, BaselineStability.Shares stability) {
    /** JNIM fighters in 2025 (Africa Center for Strategic Studies 2025). */
    public static final double[] JNIM_2025 = {6000, 7000};
    /** ISSP fighters in 2025 (Africa Center for Strategic Studies 2025). */
    public static final double[] ISSP_2025 = {2000, 3000};
    /**
     * ISWAP's 2025 size relative to its start: no figure in the calibration table, so the criterion
     * of {@code BaselineCalibrationTest} (neither halves nor doubles) stands in for one.
     */
    public static final double[] ISWAP_2025_RATIO = {0.5, 2.0};

    public Objective {
        scores = List.copyOf(scores);
    }

    /**
     * The objective of a point from what its runs gave.
     *
     * @param scores     the validation table of the historical scenario
     * @param stability  the baseline shares
     * @param jnim2025   mean 2025 JNIM fighters of the historical runs, NaN when they do not reach 2025
     * @param issp2025   the same for ISSP
     * @param iswapRatio ISWAP's mean 2025 fighters over its first week's, NaN when not reached
     */
    public static Objective of(List<Score> scores, BaselineStability.Shares stability, double jnim2025,
                               double issp2025, double iswapRatio) {
        double sizes = distance(jnim2025, JNIM_2025) + distance(issp2025, ISSP_2025)
                + distance(iswapRatio, ISWAP_2025_RATIO);
        return new Objective(patternShortfall(scores), stability.shortfall(), sizes, jnim2025, issp2025, iswapRatio,
                scores, stability);
    }

    /** J. */
    public double value() {
        return patterns + baseline + sizes;
    }

    /** Shortfall of the evaluable pattern rows below their thresholds. */
    static double patternShortfall(List<Score> scores) {
        double sum = 0;
        for (Score s : scores) {
            if (s.isPatternRow() && s.verdict() != Score.Verdict.NOT_EVALUABLE) {
                sum += Math.max(0, s.threshold() - s.share());
            }
        }
        return sum;
    }

    /** Relative distance of x to the range [lo, hi]; 0 for NaN (not measured). */
    static double distance(double x, double[] range) {
        if (Double.isNaN(x)) {
            return 0;
        }
        return Math.max(0, range[0] - x) / range[0] + Math.max(0, x - range[1]) / range[1];
    }
}

package org.sahelsim.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The patterns P1-P9 of the historical record as criteria over a run's observations, with the
 * thresholds docs/odd/calibration.md gives and justifies. The thresholds were fixed there before
 * any validation result was seen; change them only with a recorded reason.
 */
public final class StandardPatterns {
    /** First day of the historical period. */
    public static final LocalDate START = LocalDate.of(2020, 1, 1);
    /** "Mid-2026": the last day of the historical scenario. */
    public static final LocalDate END = LocalDate.of(2026, 6, 30);
    /** Default share of replicates a pattern must hold in (the suggestion). */
    public static final double DEFAULT_THRESHOLD = 0.7;
    /** P5 describes one rare, dated event sequence; see docs/odd/calibration.md. */
    public static final double RARE_EVENT_THRESHOLD = 0.5;

    private StandardPatterns() {
    }

    /** P1 .. P9 in order. */
    public static List<Pattern> all() {
        List<Pattern> out = new ArrayList<>();
        out.add(ViolencePatterns.p1());
        out.add(TerritoryPatterns.p2());
        out.add(ViolencePatterns.p3());
        out.add(TerritoryPatterns.p4());
        out.add(TerritoryPatterns.p5());
        out.add(TerritoryPatterns.p6());
        out.add(TerritoryPatterns.p7());
        out.add(ViolencePatterns.p8());
        out.add(ViolencePatterns.p9());
        return List.copyOf(out);
    }

    /** A criterion that needs {@code series} (recorded only when the rule that makes it exists). */
    static Check needs(RunObservations o, Series series, String input) {
        return o.has(series) ? null : Check.notEvaluable(input);
    }
}

package org.sahelsim.validate;

import static org.sahelsim.validate.Periods.covers;
import static org.sahelsim.validate.Periods.dec31;
import static org.sahelsim.validate.Periods.jan1;
import static org.sahelsim.validate.Periods.uncovered;
import static org.sahelsim.validate.StandardPatterns.DEFAULT_THRESHOLD;
import static org.sahelsim.validate.StandardPatterns.END;
import static org.sahelsim.validate.StandardPatterns.RARE_EVENT_THRESHOLD;
import static org.sahelsim.validate.StandardPatterns.START;

import java.time.LocalDate;
import java.util.List;

/** P2, P4, P5, P6 and P7: who holds which ground, and when. */
final class TerritoryPatterns {
    static final double P2_SHARE = 0.5;
    static final int P2_TOWN_LOST_WEEKS = 4;
    static final double P6_JNIM_SHARE = 0.02;
    static final double HOLDS_GROUND_WEEKS = 0.5;

    private TerritoryPatterns() {
    }

    static Pattern p2() {
        return new Pattern("P2", "Ménaka", DEFAULT_THRESHOLD, List.of(
                new Criterion("P2a", "ISSP holds >= 50% of the Ménaka region's land (quarterly means), Q4 2023 to Q2 2026",
                        TerritoryPatterns::menakaRegion),
                new Criterion("P2b", "Ménaka town's cell never out of pro-government hands for 4+ weeks, and held at the end",
                        TerritoryPatterns::menakaTown)));
    }

    private static Check menakaRegion(RunObservations o) {
        LocalDate from = LocalDate.of(2023, 10, 1);
        if (!covers(o, from, END)) {
            return uncovered(from, END);
        }
        double worst = Double.POSITIVE_INFINITY;
        for (LocalDate q = from; !q.isAfter(END); q = q.plusMonths(3)) {
            double mean = Periods.mean(o, Series.MENAKA_ISSP_SHARE, q, q.plusMonths(3).minusDays(1));
            if (!Double.isNaN(mean)) {
                worst = Math.min(worst, mean);
            }
        }
        return Check.of(worst >= P2_SHARE, worst);
    }

    private static Check menakaTown(RunObservations o) {
        if (!covers(o, START, END)) {
            return uncovered(START, END);
        }
        int lost = Periods.longestRun(o, Series.MENAKA_TOWN_PRO_GOVERNMENT, false);
        boolean heldAtEnd = o.at(Series.MENAKA_TOWN_PRO_GOVERNMENT, o.weeks() - 1) > 0;
        return Check.of(lost < P2_TOWN_LOST_WEEKS && heldAtEnd, lost);
    }

    static Pattern p4() {
        return new Pattern("P4", "Windows after foreign withdrawal", DEFAULT_THRESHOLD, List.of(
                new Criterion("P4a", "ISSP+JNIM controlled population grows faster (people/year) in 2022-2024 than in 2020-2021",
                        TerritoryPatterns::windows)));
    }

    /**
     * Growth per year of the combined population from the first four weeks of 2020 to the last
     * four of 2021, against that from the last four of 2021 to the last four of 2024; the later
     * growth must be positive and larger. The value is the difference, people per year.
     */
    private static Check windows(RunObservations o) {
        if (!covers(o, START, dec31(2024))) {
            return uncovered(START, dec31(2024));
        }
        double start = combined(o, START, START.plusDays(27));
        double end2021 = combined(o, dec31(2021).minusDays(27), dec31(2021));
        double end2024 = combined(o, dec31(2024).minusDays(27), dec31(2024));
        double early = (end2021 - start) / 2.0;
        double late = (end2024 - end2021) / 3.0;
        return Check.of(late > 0 && late > early, late - early);
    }

    private static double combined(RunObservations o, LocalDate from, LocalDate to) {
        return Periods.mean(o, Series.JNIM_POPULATION, from, to) + Periods.mean(o, Series.ISSP_POPULATION, from, to);
    }

    static Pattern p5() {
        return new Pattern("P5", "Corridor and capability", RARE_EVENT_THRESHOLD, List.of(
                new Criterion("P5a", "the ISSP-ISWAP corridor connects in at least one week of 2024 to mid-2026",
                        TerritoryPatterns::corridor),
                new Criterion("P5b", "ISSP reaches the complex-raid capability by mid-2026", TerritoryPatterns::complexRaid),
                new Criterion("P5c", "ISSP raids an air base at least once by mid-2026", TerritoryPatterns::airBaseRaid)),
                new Pattern.Comparison("P5d", "with the corridor interdicted from 2022, P5a-c hold in a clearly smaller share "
                        + "(drop >= 0.2 and exact McNemar p < 0.05)", "corridor interdicted from 2022", 0.2, 0.05));
    }

    private static Check corridor(RunObservations o) {
        Check missing = StandardPatterns.needs(o, Series.CORRIDOR_CONNECTED, "corridor connectivity (corridor submodel)");
        if (missing != null) {
            return missing;
        }
        if (!covers(o, START, END)) {
            return uncovered(START, END);
        }
        double weeks = Periods.sum(o, Series.CORRIDOR_CONNECTED, jan1(2024), END);
        return Check.of(weeks > 0, weeks);
    }

    private static Check complexRaid(RunObservations o) {
        Check missing = StandardPatterns.needs(o, Series.ISSP_COMPLEX_RAID, "ISSP capability progression (capability submodel)");
        if (missing != null) {
            return missing;
        }
        if (!covers(o, START, END)) {
            return uncovered(START, END);
        }
        double weeks = Periods.sum(o, Series.ISSP_COMPLEX_RAID, START, END);
        return Check.of(weeks > 0, weeks);
    }

    private static Check airBaseRaid(RunObservations o) {
        Check missing = StandardPatterns.needs(o, Series.ISSP_COMPLEX_RAID, "ISSP capability progression (capability submodel)");
        if (missing != null) {
            return missing;
        }
        if (!covers(o, START, END)) {
            return uncovered(START, END);
        }
        double raids = Periods.sum(o, Series.ISSP_AIR_BASE_RAIDS, START, END);
        return Check.of(raids > 0, raids);
    }

    static Pattern p6() {
        LocalDate from = jan1(2025);
        return new Pattern("P6", "South-east Niger", DEFAULT_THRESHOLD, List.of(
                new Criterion("P6a", "JNIM holds < 2% of the Diffa-Zinder-Maradi-Dosso belt along Nigeria (mean, 2025 to mid-2026)",
                        o -> covers(o, from, END) ? Check.of(Periods.mean(o, Series.BELT_JNIM_SHARE, from, END) < P6_JNIM_SHARE,
                                Periods.mean(o, Series.BELT_JNIM_SHARE, from, END)) : uncovered(from, END)),
                new Criterion("P6b", "ISSP or ISWAP present in the belt in >= half the weeks of 2025 to mid-2026",
                        o -> holdsGround(o, Series.BELT_IS_PRESENT, from, true))));
    }

    static Pattern p7() {
        LocalDate from = jan1(2026);
        return new Pattern("P7", "Northern Benin", DEFAULT_THRESHOLD, List.of(
                new Criterion("P7a", "JNIM holds ground in Alibori or Atakora (>= 1 cell in >= half the weeks of 2026)",
                        o -> holdsGround(o, Series.BENIN_JNIM_CELLS, from, true)),
                new Criterion("P7b", "ISSP holds no ground there (>= 1 cell in fewer than half the weeks of 2026)",
                        o -> holdsGround(o, Series.BENIN_ISSP_CELLS, from, false))));
    }

    /** The series is positive in at least half the weeks from {@code from} to the end ({@code expected}), or not. */
    private static Check holdsGround(RunObservations o, Series s, LocalDate from, boolean expected) {
        if (!covers(o, from, END)) {
            return uncovered(from, END);
        }
        double share = Periods.shareOfWeeks(o, s, from, END);
        return Check.of((share >= HOLDS_GROUND_WEEKS) == expected, share);
    }
}

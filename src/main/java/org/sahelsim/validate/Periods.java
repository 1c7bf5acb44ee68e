package org.sahelsim.validate;

import java.time.LocalDate;

/**
 * Reading a run's weekly series over calendar periods. A week belongs to a period when its first
 * day falls in it. A run covers a period when its first week starts at most one week after the
 * period starts and its last week ends at most one week before the period ends; criteria over a
 * period the run does not cover are not evaluable.
 */
final class Periods {
    private Periods() {
    }

    static boolean covers(RunObservations o, LocalDate from, LocalDate to) {
        return !o.date(0).isAfter(from.plusDays(7)) && !o.date(o.weeks() - 1).plusDays(7).isBefore(to.minusDays(7));
    }

    static Check uncovered(LocalDate from, LocalDate to) {
        return Check.notEvaluable("a run covering " + from + " to " + to);
    }

    /** Sum of a series over the weeks of the period. */
    static double sum(RunObservations o, Series s, LocalDate from, LocalDate to) {
        double total = 0;
        for (int w = 0; w < o.weeks(); w++) {
            if (inside(o.date(w), from, to)) {
                total += o.at(s, w);
            }
        }
        return total;
    }

    /** Mean of a series over the weeks of the period; NaN when no week falls in it. */
    static double mean(RunObservations o, Series s, LocalDate from, LocalDate to) {
        double total = 0;
        int n = 0;
        for (int w = 0; w < o.weeks(); w++) {
            if (inside(o.date(w), from, to)) {
                total += o.at(s, w);
                n++;
            }
        }
        return n == 0 ? Double.NaN : total / n;
    }

    /** Share of the period's weeks in which the series is positive; NaN when no week falls in it. */
    static double shareOfWeeks(RunObservations o, Series s, LocalDate from, LocalDate to) {
        int n = 0;
        int yes = 0;
        for (int w = 0; w < o.weeks(); w++) {
            if (inside(o.date(w), from, to)) {
                n++;
                yes += o.at(s, w) > 0 ? 1 : 0;
            }
        }
        return n == 0 ? Double.NaN : yes / (double) n;
    }

    /** Longest run of consecutive weeks in which the series is positive ({@code positive}) or not. */
    static int longestRun(RunObservations o, Series s, boolean positive) {
        int best = 0;
        int current = 0;
        for (int w = 0; w < o.weeks(); w++) {
            current = (o.at(s, w) > 0) == positive ? current + 1 : 0;
            best = Math.max(best, current);
        }
        return best;
    }

    static boolean inside(LocalDate d, LocalDate from, LocalDate to) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    static LocalDate jan1(int year) {
        return LocalDate.of(year, 1, 1);
    }

    static LocalDate dec31(int year) {
        return LocalDate.of(year, 12, 31);
    }
}

package org.sahelsim.validate;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Builds observations by hand for criterion tests: weekly dates from a start, every series zero
 * until set, values set over calendar periods.
 */
final class Synthetic {
    /** Weeks of the historical scenario: 2020-01-01 to 2026-06-24. */
    static final int HISTORY_WEEKS = 338;

    private final LocalDate[] dates;
    private final Map<Series, double[]> weekly = new EnumMap<>(Series.class);
    private double[] regionEvents;
    private int[] deaths = new int[0];

    private Synthetic(LocalDate start, int weeks) {
        dates = new LocalDate[weeks];
        for (int w = 0; w < weeks; w++) {
            dates[w] = start.plusWeeks(w);
        }
        for (Series s : Series.values()) {
            weekly.put(s, new double[weeks]);
        }
    }

    /** The whole historical period, every series recorded. */
    static Synthetic history() {
        return new Synthetic(StandardPatterns.START, HISTORY_WEEKS);
    }

    static Synthetic weeks(int n) {
        return new Synthetic(StandardPatterns.START, n);
    }

    /** Sets the series to {@code v} in every week starting in [from, to]. */
    Synthetic set(Series s, double v, LocalDate from, LocalDate to) {
        for (int w = 0; w < dates.length; w++) {
            if (!dates[w].isBefore(from) && !dates[w].isAfter(to)) {
                weekly.get(s)[w] = v;
            }
        }
        return this;
    }

    /** Sets the series in every week. */
    Synthetic all(Series s, double v) {
        return set(s, v, dates[0], dates[dates.length - 1]);
    }

    /** Sets the series in week {@code w}. */
    Synthetic week(Series s, int w, double v) {
        weekly.get(s)[w] = v;
        return this;
    }

    Synthetic without(Series s) {
        weekly.remove(s);
        return this;
    }

    Synthetic regions(double... events) {
        regionEvents = events;
        return this;
    }

    Synthetic deaths(int... d) {
        deaths = d;
        return this;
    }

    RunObservations build() {
        return new RunObservations(0, 1, dates, weekly, regionEvents, deaths);
    }

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }
}

package org.sahelsim.charts;

import java.time.LocalDate;

/**
 * Mean number of clashes per week between two sides, over the replicates of one arm.
 *
 * @param arm   policy arm name, not blank
 * @param dyad  the two sides, for example {@code "ISSP–JNIM"} or {@code "JNIM–state"}; not blank
 * @param dates week dates, strictly increasing
 * @param mean  mean clashes in the week ending at each date, finite and 0 or more
 */
public record DyadSeries(String arm, String dyad, LocalDate[] dates, double[] mean) {
    public DyadSeries {
        Series.requireText(arm, "arm");
        Series.requireText(dyad, "dyad");
        Series.requireDates(dates);
        Series.requireLength(mean, dates.length, "mean");
        Series.requireFinite(mean, "mean");
        dates = dates.clone();
        mean = mean.clone();
        for (int i = 0; i < mean.length; i++) {
            if (mean[i] < 0) {
                throw new IllegalArgumentException("mean[" + i + "] must be at least 0, got " + mean[i]);
            }
        }
    }

    @Override
    public LocalDate[] dates() {
        return dates.clone();
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }
}

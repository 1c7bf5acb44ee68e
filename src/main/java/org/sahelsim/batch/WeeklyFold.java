package org.sahelsim.batch;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.sahelsim.output.AggregateCsv;
import org.sahelsim.stats.MeanCI;
import org.sahelsim.stats.Welford;

/**
 * Mean, SD and 95% interval per metric, side and week over an arm's replicates, folded run by run
 * in replicate order (so the result does not depend on which thread ran what). Series that are
 * zero in every week of every run are not written.
 */
final class WeeklyFold {
    private final List<String> metrics;
    private final int[] columns;
    private final Welford[][][] cells;
    private final boolean[][] nonZero;
    private final LocalDate[] dates;

    /**
     * @param metrics names of the weekly metrics
     * @param columns index of each metric among the run's numeric columns
     * @param weeks   weeks per run
     */
    WeeklyFold(List<String> metrics, int[] columns, int weeks) {
        this.metrics = List.copyOf(metrics);
        this.columns = columns.clone();
        this.cells = new Welford[metrics.size()][Sides.COUNT][weeks];
        this.nonZero = new boolean[metrics.size()][Sides.COUNT];
        this.dates = new LocalDate[weeks];
        for (Welford[][] bySide : cells) {
            for (Welford[] byWeek : bySide) {
                for (int w = 0; w < weeks; w++) {
                    byWeek[w] = new Welford();
                }
            }
        }
    }

    /** Adds one week of one run: {@code sides[side][column]}. */
    void add(int week, LocalDate date, double[][] sides) throws IOException {
        if (week >= dates.length) {
            throw new IOException("week " + week + " is beyond the batch's " + dates.length + " weeks");
        }
        dates[week] = date;
        for (int m = 0; m < columns.length; m++) {
            for (int s = 0; s < Sides.COUNT; s++) {
                double v = sides[s][columns[m]];
                if (!Double.isNaN(v)) {
                    cells[m][s][week].add(v);
                    nonZero[m][s] |= v != 0;
                }
            }
        }
    }

    /** The week dates as the runs recorded them. */
    LocalDate[] dates() {
        return dates.clone();
    }

    /** Rows: arm, metric, faction, week, date, n, mean, sd, ci_low, ci_high. */
    void write(String arm, AggregateCsv out) throws IOException {
        for (int m = 0; m < metrics.size(); m++) {
            for (int s = 0; s < Sides.COUNT; s++) {
                if (!nonZero[m][s]) {
                    continue;
                }
                for (int w = 0; w < dates.length; w++) {
                    if (cells[m][s][w].count() == 0) {
                        continue;
                    }
                    MeanCI ci = cells[m][s][w].meanCI();
                    out.row(arm, metrics.get(m), Sides.name(s), w, dates[w], ci.n(), ci.mean(), ci.sd(), ci.lower(),
                            ci.upper());
                }
            }
        }
    }

    static String[] header() {
        return new String[] {"arm", "metric", "faction", "week", "date", "n", "mean", "sd", "ci_low", "ci_high"};
    }
}

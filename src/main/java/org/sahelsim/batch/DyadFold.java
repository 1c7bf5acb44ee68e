package org.sahelsim.batch;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import org.sahelsim.model.Faction;
import org.sahelsim.output.AggregateCsv;
import org.sahelsim.stats.MeanCI;
import org.sahelsim.stats.Welford;

/** Violent events per week by dyad: counted within a run, then folded over replicates in order. */
final class DyadFold {
    private final Welford[][] cells;
    private final boolean[] seen;
    private final int[][] run;

    DyadFold(int weeks) {
        cells = new Welford[Dyads.count()][weeks];
        for (Welford[] byWeek : cells) {
            for (int w = 0; w < weeks; w++) {
                byWeek[w] = new Welford();
            }
        }
        seen = new boolean[Dyads.count()];
        run = new int[Dyads.count()][weeks];
    }

    /** Counts one event of the run being read. */
    void event(int week, Faction attacker, Faction defender) throws IOException {
        if (week < 0 || week >= run[0].length) {
            throw new IOException("event in week " + week + ", beyond the batch's " + run[0].length + " weeks");
        }
        int d = Dyads.of(attacker, defender);
        run[d][week]++;
        seen[d] = true;
    }

    /** Folds the run's counts (zero weeks included) and starts the next run. */
    void endRun() {
        for (int d = 0; d < run.length; d++) {
            for (int w = 0; w < run[d].length; w++) {
                cells[d][w].add(run[d][w]);
            }
            Arrays.fill(run[d], 0);
        }
    }

    /** Rows: arm, dyad, week, date, n, mean, sd, ci_low, ci_high; dyads that never fought are left out. */
    void write(String arm, LocalDate[] dates, AggregateCsv out) throws IOException {
        for (int d = 0; d < cells.length; d++) {
            if (!seen[d]) {
                continue;
            }
            for (int w = 0; w < cells[d].length; w++) {
                MeanCI ci = cells[d][w].meanCI();
                out.row(arm, Dyads.NAMES.get(d), w, dates[w], ci.n(), ci.mean(), ci.sd(), ci.lower(), ci.upper());
            }
        }
    }

    static String[] header() {
        return new String[] {"arm", "dyad", "week", "date", "n", "mean", "sd", "ci_low", "ci_high"};
    }
}

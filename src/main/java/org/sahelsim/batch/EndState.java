package org.sahelsim.batch;

import java.io.IOException;
import java.util.List;
import org.sahelsim.output.BatchMetrics;
import org.sahelsim.output.CsvTable;
import org.sahelsim.output.CsvWriter;
import org.sahelsim.output.RunKey;

/**
 * The end-state metrics of one run, built while its timeseries streams past: levels as in the last
 * week, weekly counts summed over the run, per faction and group, plus whole-run totals.
 */
final class EndState {
    /** The per-run table of end-state metrics (tidy: one row per run, metric and side). */
    static final CsvTable TABLE = CsvTable.of("endstate", "arm", "replicate", "metric", "faction", "value");

    private final List<String> columns;
    private final boolean[] flow;
    private final double[][] value = new double[Sides.COUNT][];
    private int weeks;

    EndState(List<String> columns) {
        this.columns = List.copyOf(columns);
        this.flow = new boolean[columns.size()];
        for (int c = 0; c < flow.length; c++) {
            flow[c] = BatchMetrics.isFlow(columns.get(c));
        }
        for (int s = 0; s < Sides.COUNT; s++) {
            value[s] = new double[columns.size()];
        }
    }

    /** Adds one week: {@code sides[side][column]}. */
    void week(double[][] sides) {
        weeks++;
        for (int s = 0; s < Sides.COUNT; s++) {
            for (int c = 0; c < flow.length; c++) {
                value[s][c] = flow[c] ? value[s][c] + sides[s][c] : sides[s][c];
            }
        }
    }

    int weeks() {
        return weeks;
    }

    /** Writes the run's rows: every column and side (NaN ones left out), then the run totals. */
    void write(CsvWriter out, RunKey key, String arm, int replicate, long violentEvents, long deaths)
            throws IOException {
        for (int c = 0; c < columns.size(); c++) {
            String metric = BatchMetrics.endMetric(columns.get(c));
            for (int s = 0; s < Sides.COUNT; s++) {
                if (!Double.isNaN(value[s][c])) {
                    out.row(key, arm, replicate, metric, Sides.name(s), value[s][c]);
                }
            }
        }
        out.row(key, arm, replicate, BatchMetrics.VIOLENT_EVENTS, BatchMetrics.ALL, (double) violentEvents);
        out.row(key, arm, replicate, BatchMetrics.DEATHS, BatchMetrics.ALL, (double) deaths);
        for (String total : List.of("civilians_killed", "fighters_lost")) {
            int c = columns.indexOf(total);
            if (c >= 0) {
                double sum = value[Sides.JIHADIST][c] + value[Sides.PRO_GOVERNMENT][c];
                out.row(key, arm, replicate, BatchMetrics.endMetric(total), BatchMetrics.ALL, sum);
            }
        }
    }
}

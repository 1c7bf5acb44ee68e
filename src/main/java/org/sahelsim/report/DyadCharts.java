package org.sahelsim.report;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sahelsim.charts.ChartMeta;
import org.sahelsim.charts.ClashSeriesChart;
import org.sahelsim.charts.DyadSeries;

/** Violent events per week by dyad, one chart per arm. */
final class DyadCharts {
    private DyadCharts() {
    }

    static void draw(BatchCharts charts) throws IOException {
        Map<String, Map<String, double[]>> dyads = charts.results().dyads();
        LocalDate[] dates = charts.results().weekDates();
        for (String arm : charts.results().arms()) {
            Map<String, double[]> byDyad = dyads.get(arm);
            if (byDyad == null || byDyad.isEmpty()) {
                continue;
            }
            List<DyadSeries> series = new ArrayList<>();
            byDyad.forEach((dyad, mean) -> series.add(new DyadSeries(arm, dyad, dates, mean)));
            ChartMeta meta = charts.meta("Violent events by dyad · " + arm, ChartMeta.label("Date", "week start"),
                    ChartMeta.label("Violent events", "events per week"));
            charts.add("dyads-" + arm, BatchCharts.DYADS, ClashSeriesChart.createChart(
                    ClashSeriesChart.createDataset(series), meta),
                    "Clashes and raids between each pair of sides per week, the mean over the " + arm + " replicates;"
                            + " state and foreign forces count as one side, militias as another.");
        }
    }
}

package org.sahelsim.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sahelsim.charts.ChartMeta;
import org.sahelsim.charts.FanChart;
import org.sahelsim.charts.SeriesBand;
import org.sahelsim.output.BatchMetrics;

/** Fan charts: controlled population and area per side over time, the arms overlaid. */
final class TimeCharts {
    private TimeCharts() {
    }

    static void draw(BatchCharts charts) throws IOException {
        Set<Key> keys = new LinkedHashSet<>();
        for (String side : Headlines.TERRITORY_SIDES) {
            keys.add(new Key(Headlines.POPULATION, side));
            keys.add(new Key(Headlines.AREA, side));
        }
        Map<Key, Map<String, BatchResults.Band>> weekly = charts.results().weekly(keys);
        for (String metric : List.of(Headlines.POPULATION, Headlines.AREA)) {
            for (String side : Headlines.TERRITORY_SIDES) {
                Map<String, BatchResults.Band> byArm = weekly.get(new Key(metric, side));
                if (byArm != null) {
                    fan(charts, metric, side, byArm);
                }
            }
        }
    }

    private static void fan(BatchCharts charts, String metric, String side, Map<String, BatchResults.Band> byArm)
            throws IOException {
        List<String> arms = charts.results().manifest().armNames();
        List<SeriesBand> bands = new ArrayList<>();
        String label = Headlines.shortSide(side);
        for (Map.Entry<String, BatchResults.Band> e : byArm.entrySet()) {
            bands.add(SeriesBand.forArm(e.getKey(), arms.indexOf(e.getKey()), label, e.getValue().dates(),
                    e.getValue().cis()));
        }
        boolean population = metric.equals(Headlines.POPULATION);
        String what = population ? "Population" : "Area";
        ChartMeta meta = charts.meta(what + " controlled by " + Headlines.inSentence(side),
                ChartMeta.label("Date", "week start"),
                population ? ChartMeta.label("Controlled population", "people")
                        : ChartMeta.label("Controlled area", "km²"));
        String name = "fan-" + (population ? "population" : "area") + "-" + side.toLowerCase(Locale.ROOT).replace('_', '-');
        charts.add(name, BatchCharts.TIME, FanChart.createChart(FanChart.createDataset(bands), meta),
                what + " controlled by " + BatchMetrics.sideLabel(side) + " each week: the line is the mean over the"
                        + " replicates of each arm, the band its 95% confidence interval (Student t).");
    }
}

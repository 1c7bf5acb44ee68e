package org.sahelsim.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sahelsim.charts.ArmSample;
import org.sahelsim.charts.BoxPlotChart;
import org.sahelsim.charts.ChartMeta;
import org.sahelsim.charts.ForestPlot;
import org.sahelsim.charts.ForestRow;
import org.sahelsim.model.Faction;
import org.sahelsim.output.BatchMetrics;

/** Box plots of end-state metrics per arm, and forest plots of the paired differences. */
final class EndCharts {
    private static final String POPULATION_AXIS = ChartMeta.label("Controlled population at the end", "people");
    private static final String AREA_AXIS = ChartMeta.label("Controlled area at the end", "km²");
    private static final List<String> GROUPS = List.of(Faction.ISSP.name(), Faction.JNIM.name(), Faction.ISWAP.name());
    private static final List<String> FOREST_SIDES = List.of(BatchMetrics.JIHADIST, Faction.ISSP.name(),
            Faction.JNIM.name(), BatchMetrics.PRO_GOVERNMENT);

    private EndCharts() {
    }

    static void draw(BatchCharts charts) throws IOException {
        Set<Key> keys = new LinkedHashSet<>();
        for (String side : GROUPS) {
            keys.add(new Key(Headlines.POPULATION, side));
            keys.add(new Key(Headlines.AREA, side));
        }
        keys.add(new Key(BatchMetrics.VIOLENT_EVENTS, BatchMetrics.ALL));
        keys.add(new Key(Headlines.CIVILIANS, BatchMetrics.ALL));
        Map<Key, Map<String, double[]>> values = charts.results().endState(keys);
        box(charts, values, Headlines.POPULATION, GROUPS, "box-population", "Population controlled at the end, by arm",
                POPULATION_AXIS);
        box(charts, values, Headlines.AREA, GROUPS, "box-area", "Area controlled at the end, by arm", AREA_AXIS);
        box(charts, values, BatchMetrics.VIOLENT_EVENTS, List.of(BatchMetrics.ALL), "box-violent-events",
                "Violent events over the run, by arm", ChartMeta.label("Violent events over the run", "events"));
        box(charts, values, Headlines.CIVILIANS, List.of(BatchMetrics.ALL), "box-civilians-killed",
                "Civilians killed over the run, by arm", ChartMeta.label("Civilians killed over the run", "people"));
        forest(charts, Headlines.POPULATION, FOREST_SIDES, "forest-population", "people",
                "Paired differences in controlled population at the end");
        forest(charts, Headlines.AREA, FOREST_SIDES, "forest-area", "km²",
                "Paired differences in controlled area at the end");
        forest(charts, List.of(new Key(BatchMetrics.VIOLENT_EVENTS, BatchMetrics.ALL)), "forest-violent-events", "events",
                "Paired differences in violent events over the run");
        forest(charts, List.of(new Key(BatchMetrics.DEATHS, BatchMetrics.ALL), new Key(Headlines.CIVILIANS,
                BatchMetrics.ALL)), "forest-deaths", "people", "Paired differences in deaths and civilians killed");
    }

    private static void box(BatchCharts charts, Map<Key, Map<String, double[]>> values, String metric,
                            List<String> sides, String name, String title, String axis) throws IOException {
        List<ArmSample> samples = new ArrayList<>();
        for (String arm : charts.results().arms()) {
            for (String side : sides) {
                Map<String, double[]> byArm = values.get(new Key(metric, side));
                if (byArm != null && byArm.containsKey(arm)) {
                    samples.add(new ArmSample(arm, Headlines.shortSide(side), byArm.get(arm)));
                }
            }
        }
        if (samples.isEmpty()) {
            return;
        }
        ChartMeta meta = charts.meta(title, "Arm", axis);
        charts.add(name, BatchCharts.END, BoxPlotChart.createChart(BoxPlotChart.createDataset(samples), meta),
                "The distribution over replicates of each arm: the box spans the quartiles, the bar is the median,"
                        + " whiskers reach the furthest values within 1.5 interquartile ranges, circles lie beyond.");
    }

    private static void forest(BatchCharts charts, String metric, List<String> sides, String name, String unit,
                               String title) throws IOException {
        forest(charts, sides.stream().map(s -> new Key(metric, s)).toList(), name, unit, title);
    }

    private static void forest(BatchCharts charts, List<Key> keys, String name, String unit, String title)
            throws IOException {
        List<ForestRow> rows = new ArrayList<>();
        for (String arm : charts.results().arms()) {
            for (Key k : keys) {
                charts.results().paired().stream().filter(p -> p.arm().equals(arm) && p.key().equals(k)).findFirst()
                        .ifPresent(p -> rows.add(new ForestRow(arm, label(k), p.comparison())));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        String reference = charts.results().manifest().reference();
        ChartMeta meta = charts.meta(title, "Arm · measure", ChartMeta.label("Difference from " + reference, unit));
        int height = Math.max(420, 190 + 26 * rows.size());
        charts.add(name, BatchCharts.PAIRED, ForestPlot.createChart(ForestPlot.createDataset(reference, rows), meta),
                "Each arm minus " + reference + " on the same seeds: the dot is the mean paired difference, the"
                        + " whiskers its 95% interval; the label gives the share of replicates in which the arm did"
                        + " better and the paired t-test p-value.", height);
    }

    private static String label(Key k) {
        if (k.side().equals(BatchMetrics.ALL)) {
            return k.metric().equals(Headlines.CIVILIANS) ? "civilians killed" : BatchMetrics.base(k.metric())
                    .replace('_', ' ');
        }
        return Headlines.shortSide(k.side());
    }
}

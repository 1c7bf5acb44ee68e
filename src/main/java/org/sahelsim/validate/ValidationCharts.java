package org.sahelsim.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.sahelsim.charts.CalibrationBand;
import org.sahelsim.charts.CalibrationBands;
import org.sahelsim.charts.ChartMeta;
import org.sahelsim.charts.ClashSeriesChart;
import org.sahelsim.charts.DyadSeries;
import org.sahelsim.charts.FanChart;
import org.sahelsim.charts.SeriesBand;
import org.sahelsim.model.Faction;
import org.sahelsim.stats.MeanCI;

/**
 * The overlay charts of the validation report, from the replicates' weekly series: mean over
 * replicates with 95% bands, and the calibration ranges of the modelling guide (§3) as boxes.
 */
final class ValidationCharts {
    static final String ARM = "historical";
    private static final String WEEK = "Date (week starting)";

    private ValidationCharts() {
    }

    /** Chart file stem to chart, in report order. */
    static Map<String, JFreeChart> all(String scenario, List<RunObservations> runs) {
        Map<String, JFreeChart> out = new LinkedHashMap<>();
        LocalDate[] dates = runs.get(0).dates();
        out.put("fighters", fighters(scenario, runs, dates));
        out.put("population", fan(scenario, runs, dates, "JNIM and ISSP: population in controlled cells (P1, P4)",
                ChartMeta.label("Population", "people"), Series.JNIM_POPULATION, Series.ISSP_POPULATION));
        out.put("menaka", menaka(scenario, runs, dates));
        out.put("clashes", clashes(scenario, runs, dates));
        return out;
    }

    private static JFreeChart fighters(String scenario, List<RunObservations> runs, LocalDate[] dates) {
        JFreeChart chart = fan(scenario, runs, dates, "JNIM and ISSP fighters (P1), with the 2025 estimates",
                ChartMeta.label("Fighters", "persons"), Series.JNIM_FIGHTERS, Series.ISSP_FIGHTERS);
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        if (dates[dates.length - 1].isBefore(from)) {
            return chart;
        }
        return CalibrationBands.overlay(chart, List.of(
                new CalibrationBand("JNIM 6,000-7,000 (ACSS 2025)", Faction.JNIM.rgb, from, to, 6000, 7000),
                new CalibrationBand("ISSP 2,000-3,000 (ACSS 2025)", Faction.ISSP.rgb, from, to, 2000, 3000)));
    }

    private static JFreeChart menaka(String scenario, List<RunObservations> runs, LocalDate[] dates) {
        JFreeChart chart = fan(scenario, runs, dates, "ISSP share of the Ménaka region's land (P2)",
                ChartMeta.label("Share of land cells", "0-1"), Series.MENAKA_ISSP_SHARE);
        LocalDate from = LocalDate.of(2023, 10, 1);
        if (dates[dates.length - 1].isBefore(from.plusDays(7))) {
            return chart;
        }
        return CalibrationBands.overlay(chart, List.of(new CalibrationBand("P2: at least half from Q4 2023",
                Faction.ISSP.rgb, from, dates[dates.length - 1], 0.5, 1.0)));
    }

    private static JFreeChart fan(String scenario, List<RunObservations> runs, LocalDate[] dates, String title,
                                  String rangeLabel, Series... series) {
        List<SeriesBand> bands = new ArrayList<>();
        for (Series s : series) {
            Faction f = s.name().startsWith("JNIM") ? Faction.JNIM : Faction.ISSP;
            bands.add(SeriesBand.forFaction(ARM, f, dates, MeanCI.ofColumns(matrix(runs, s))));
        }
        ChartMeta meta = new ChartMeta(title, scenario, runs.size(), WEEK, rangeLabel);
        return FanChart.createChart(FanChart.createDataset(bands), meta);
    }

    private static JFreeChart clashes(String scenario, List<RunObservations> runs, LocalDate[] dates) {
        MeanCI[] ci = MeanCI.ofColumns(matrix(runs, Series.ISSP_JNIM_CLASHES));
        double[] mean = new double[ci.length];
        for (int i = 0; i < ci.length; i++) {
            mean[i] = ci[i].mean();
        }
        ChartMeta meta = new ChartMeta("ISSP-JNIM clashes (P3)", scenario, runs.size(), WEEK,
                ChartMeta.label("Clashes", "per week"));
        return ClashSeriesChart.createChart(ClashSeriesChart.createDataset(List.of(
                new DyadSeries(ARM, "ISSP-JNIM", dates, mean))), meta);
    }

    /** The series of every replicate, one row per replicate in replicate order. */
    static double[][] matrix(List<RunObservations> runs, Series s) {
        double[][] out = new double[runs.size()][];
        for (int r = 0; r < runs.size(); r++) {
            out[r] = runs.get(r).series(s);
        }
        return out;
    }
}

package org.sahelsim.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Clashes per week by dyad, the mean over replicates, against date. Colour tells the dyad (in
 * order of first appearance), the dash pattern tells the arm.
 */
public final class ClashSeriesChart {
    private ClashSeriesChart() {
    }

    /**
     * One series per record, in the order given; series keys are {@link SeriesKey}s.
     *
     * @throws IllegalArgumentException if two records have the same arm and dyad
     */
    public static XYSeriesCollection createDataset(List<DyadSeries> series) {
        Map<String, Integer> dyadColour = new LinkedHashMap<>();
        List<String> arms = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Integer> rgbs = new ArrayList<>();
        for (DyadSeries d : series) {
            dyadColour.putIfAbsent(d.dyad(), ChartStyle.paletteRgb(dyadColour.size()));
            arms.add(d.arm());
            names.add(d.dyad());
            rgbs.add(dyadColour.get(d.dyad()));
        }
        List<SeriesKey> keys = SeriesKey.assign(arms, names, rgbs);
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (int s = 0; s < series.size(); s++) {
            XYSeries xy = new XYSeries(keys.get(s), false, false);
            LocalDate[] dates = series.get(s).dates();
            double[] mean = series.get(s).mean();
            for (int i = 0; i < dates.length; i++) {
                xy.add(ChartStyle.millis(dates[i]), mean[i]);
            }
            dataset.addSeries(xy);
        }
        return dataset;
    }

    /** The chart; the domain axis is a date axis in UTC, the value axis starts at zero. */
    public static JFreeChart createChart(XYSeriesCollection dataset, ChartMeta meta) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            if (dataset.getSeriesKey(s) instanceof SeriesKey key) {
                ChartStyle.styleSeries(renderer, s, key, ChartStyle.THIN_LINE_WIDTH);
            }
        }
        NumberAxis counts = ChartStyle.valueAxis(meta.rangeLabel());
        counts.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(dataset, ChartStyle.dateAxis(meta.domainLabel()), counts, renderer);
        ChartStyle.styleXYPlot(plot);
        return ChartStyle.chart(plot, meta, "Lines: mean over replicates of the clashes in each week");
    }
}

package org.sahelsim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.sahelsim.stats.PairedComparison;

/**
 * Paired differences from the reference arm, one row per arm and metric: the mean difference as
 * a dot, its 95% interval as whiskers and a vertical line at zero. Each row's label also gives
 * the share of replicates in which the arm did better (ties half) and the paired t-test
 * p-value. Colour tells the metric.
 */
public final class ForestPlot {
    private static final double DOT = 9;

    private ForestPlot() {
    }

    /**
     * Rows in the order given, top to bottom. Labels name the arm, and the metric too when the
     * rows hold more than one. A row without an interval (one replicate) shows the dot only.
     *
     * @param referenceArm name of the arm every row was compared with
     */
    public static ForestDataset createDataset(String referenceArm, List<ForestRow> rows) {
        requireDistinctRows(rows);
        Map<String, YIntervalSeries> byMetric = new LinkedHashMap<>();
        YIntervalSeriesCollection intervals = new YIntervalSeriesCollection();
        for (ForestRow row : rows) {
            if (!byMetric.containsKey(row.metric())) {
                SeriesKey key = new SeriesKey(row.metric(), referenceArm, 0, ChartStyle.paletteRgb(byMetric.size()));
                YIntervalSeries s = new YIntervalSeries(key, false, false);
                byMetric.put(row.metric(), s);
                intervals.addSeries(s);
            }
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ForestRow row = rows.get(i);
            PairedComparison c = row.comparison();
            double mean = c.difference().mean();
            boolean noInterval = Double.isNaN(c.difference().halfWidth());
            byMetric.get(row.metric()).add(i, mean, noInterval ? mean : c.difference().lower(),
                    noInterval ? mean : c.difference().upper());
            labels.add(rowLabel(row, byMetric.size() > 1));
        }
        return new ForestDataset(intervals, labels, referenceArm);
    }

    private static void requireDistinctRows(List<ForestRow> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a forest plot needs at least one row");
        }
        Set<List<String>> seen = new HashSet<>();
        for (ForestRow row : rows) {
            if (!seen.add(List.of(row.arm(), row.metric()))) {
                throw new IllegalArgumentException("two rows for arm \"" + row.arm() + "\" and metric \""
                        + row.metric() + "\"");
            }
        }
    }

    /** The chart: rows down the left, differences along the bottom. */
    public static JFreeChart createChart(ForestDataset dataset, ChartMeta meta) {
        SymbolAxis rows = new SymbolAxis(meta.domainLabel(), dataset.rowLabels().toArray(new String[0]));
        ChartStyle.styleAxis(rows);
        ChartStyle.englishTicks(rows, NumberAxis.createIntegerTickUnits(ChartStyle.LOCALE));
        rows.setTickLabelFont(ChartStyle.LEGEND);
        rows.setInverted(true);
        rows.setGridBandsVisible(true);
        rows.setGridBandPaint(new Color(0xF4F4F4));
        rows.setGridBandAlternatePaint(Color.WHITE);
        NumberAxis difference = ChartStyle.valueAxis(meta.rangeLabel());
        difference.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(dataset.intervals(), rows, difference, renderer(dataset.intervals()));
        ChartStyle.styleXYPlot(plot);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDomainGridlinesVisible(false);
        ValueMarker zero = new ValueMarker(0, ChartStyle.ZERO_LINE, new BasicStroke(1.5f));
        plot.addRangeMarker(zero);
        return ChartStyle.chart(plot, meta, "Difference = arm − " + dataset.referenceArm()
                + " on the same seeds · dot: mean · whiskers: 95% paired t interval");
    }

    /** Row text, for example {@code "Ceasefire · population  (better in 73%, p = 0.012)"}. */
    static String rowLabel(ForestRow row, boolean withMetric) {
        PairedComparison c = row.comparison();
        String name = withMetric ? row.arm() + " · " + row.metric() : row.arm();
        return String.format(Locale.ROOT, "%s  (better in %.0f%%, %s)", name, 100 * c.shareBetter(), pText(c.pValue()));
    }

    static String pText(double p) {
        if (Double.isNaN(p)) {
            return "p n/a";
        }
        return p < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", p);
    }

    private static XYErrorRenderer renderer(YIntervalSeriesCollection intervals) {
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDrawYError(true);
        renderer.setBaseLinesVisible(false);
        renderer.setBaseShapesVisible(true);
        renderer.setCapLength(8);
        renderer.setErrorStroke(new BasicStroke(2f));
        for (int s = 0; s < intervals.getSeriesCount(); s++) {
            if (intervals.getSeriesKey(s) instanceof SeriesKey key) {
                renderer.setSeriesPaint(s, new Color(key.rgb()));
            }
            renderer.setSeriesShape(s, new Ellipse2D.Double(-DOT / 2, -DOT / 2, DOT, DOT));
        }
        return renderer;
    }
}

package org.sahelsim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.sahelsim.stats.Distribution;

/**
 * End-state distribution of a metric per arm as box-and-whisker plots: arms along the domain
 * axis, one box per group (for example per faction) within each arm.
 *
 * <p>The box spans the quartiles and the bar inside is the median, both by the quantile
 * definition of {@link Distribution} (R type 7), not JFreeChart's own. Whiskers reach the most
 * extreme values within 1.5 interquartile ranges of the box (Tukey); values beyond are drawn as
 * outlier circles, every one of them (none is folded into JFreeChart's "far out" arrows). The
 * mean is kept in the dataset but not drawn.
 */
public final class BoxPlotChart {
    /** Whisker reach in interquartile ranges. */
    static final double WHISKER_IQR = 1.5;

    private BoxPlotChart() {
    }

    /**
     * Rows are groups and columns are arms, both in order of first appearance.
     *
     * @throws IllegalArgumentException if two samples have the same arm and group
     */
    public static DefaultBoxAndWhiskerCategoryDataset createDataset(List<ArmSample> samples) {
        DefaultBoxAndWhiskerCategoryDataset dataset = new DefaultBoxAndWhiskerCategoryDataset();
        for (ArmSample s : samples) {
            if (dataset.getRowIndex(s.group()) >= 0 && dataset.getColumnIndex(s.arm()) >= 0
                    && dataset.getItem(dataset.getRowIndex(s.group()), dataset.getColumnIndex(s.arm())) != null) {
                throw new IllegalArgumentException("two samples for arm \"" + s.arm() + "\" and group \""
                        + s.group() + "\"");
            }
            dataset.add(item(s.values()), s.group(), s.arm());
        }
        return dataset;
    }

    /** The chart; the value axis does not need to include zero. */
    public static JFreeChart createChart(DefaultBoxAndWhiskerCategoryDataset dataset, ChartMeta meta) {
        BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer();
        renderer.setFillBox(true);
        // JFreeChart draws the mean as a disc a quarter of the box wide, which hides the median.
        renderer.setMeanVisible(false);
        renderer.setMedianVisible(true);
        renderer.setUseOutlinePaintForWhiskers(true);
        renderer.setMaximumBarWidth(0.12);
        renderer.setItemMargin(0.1);
        renderer.setArtifactPaint(ChartStyle.TEXT);
        for (int row = 0; row < dataset.getRowCount(); row++) {
            Color colour = new Color(ChartStyle.paletteRgb(row));
            renderer.setSeriesPaint(row, tint(colour));
            renderer.setSeriesOutlinePaint(row, colour);
            renderer.setSeriesStroke(row, new BasicStroke(1.5f));
            renderer.setSeriesOutlineStroke(row, new BasicStroke(1.5f));
        }
        CategoryAxis arms = new CategoryAxis(meta.domainLabel());
        arms.setLabelFont(ChartStyle.AXIS_LABEL);
        arms.setTickLabelFont(ChartStyle.LEGEND);
        arms.setMaximumCategoryLabelLines(2);
        NumberAxis values = ChartStyle.valueAxis(meta.rangeLabel());
        values.setAutoRangeIncludesZero(false);
        CategoryPlot plot = new CategoryPlot(dataset, arms, values, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setOutlinePaint(ChartStyle.MUTED);
        return ChartStyle.chart(plot, meta, "Box: quartiles and median of the replicates · whiskers: furthest values"
                + " within 1.5 IQR of the box · circles: values beyond");
    }

    /**
     * The box of one sample. Outliers are sorted ascending; the outlier bounds are the sample's
     * minimum and maximum, so that the renderer draws each outlier as a circle.
     */
    static BoxAndWhiskerItem item(double[] values) {
        Distribution d = Distribution.of(values);
        double lowFence = d.q1() - WHISKER_IQR * d.iqr();
        double highFence = d.q3() + WHISKER_IQR * d.iqr();
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double lowWhisker = d.max();
        double highWhisker = d.min();
        List<Double> outliers = new ArrayList<>();
        for (double v : sorted) {
            if (v < lowFence || v > highFence) {
                outliers.add(v);
            } else {
                lowWhisker = Math.min(lowWhisker, v);
                highWhisker = Math.max(highWhisker, v);
            }
        }
        // With few values, interpolated quartiles can lie beyond every non-outlier: no whisker then.
        lowWhisker = Math.min(lowWhisker, d.q1());
        highWhisker = Math.max(highWhisker, d.q3());
        return new BoxAndWhiskerItem(d.mean(), d.median(), d.q1(), d.q3(), lowWhisker, highWhisker,
                d.min(), d.max(), outliers);
    }

    /** The colour mixed halfway with white: a box fill that the median bar stands out on. */
    private static Color tint(Color c) {
        return new Color((c.getRed() + 255) / 2, (c.getGreen() + 255) / 2, (c.getBlue() + 255) / 2);
    }
}

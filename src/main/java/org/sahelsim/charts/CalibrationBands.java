package org.sahelsim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.jfree.ui.TextAnchor;

/**
 * Draws {@link CalibrationBand}s over a time chart made by {@link FanChart} or
 * {@link ClashSeriesChart}: a translucent box per band, outlined in its colour, with its label.
 * The value axis is widened to show every band whole (annotations do not take part in auto-range).
 */
public final class CalibrationBands {
    /** Opacity of a band's fill. */
    static final int FILL_ALPHA = 48;
    /** Room above the highest band for its label, as a share of the value range shown. */
    static final double HEADROOM = 0.08;

    private CalibrationBands() {
    }

    /**
     * Adds the bands to the chart's plot and returns the chart.
     *
     * @throws IllegalArgumentException if the chart does not have an XY plot
     */
    public static JFreeChart overlay(JFreeChart chart, List<CalibrationBand> bands) {
        if (!(chart.getPlot() instanceof XYPlot plot)) {
            throw new IllegalArgumentException("calibration bands need a time chart (an XY plot)");
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (CalibrationBand b : bands) {
            low = Math.min(low, b.low());
            high = Math.max(high, b.high());
            Color c = new Color(b.rgb());
            Color fill = new Color(c.getRed(), c.getGreen(), c.getBlue(), FILL_ALPHA);
            double x0 = ChartStyle.millis(b.from());
            double x1 = ChartStyle.millis(b.to());
            plot.addAnnotation(new XYBoxAnnotation(x0, b.low(), x1, b.high(), new BasicStroke(1.2f), c, fill));
            XYTextAnnotation label = new XYTextAnnotation(b.label(), x0, b.high());
            label.setFont(ChartStyle.NOTE);
            label.setPaint(ChartStyle.TEXT);
            label.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addAnnotation(label);
        }
        if (!bands.isEmpty()) {
            ValueAxis axis = plot.getRangeAxis();
            Range data = axis.getRange();
            double top = Math.max(data.getUpperBound(), high + HEADROOM * (high - Math.min(low, data.getLowerBound())));
            axis.setRange(Math.min(data.getLowerBound(), low), top);
        }
        return chart;
    }
}

package org.sahelsim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.time.LocalDate;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.ui.HorizontalAlignment;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;
import org.sahelsim.model.Faction;

/**
 * The look shared by the batch charts, and the settings that make them independent of the
 * machine: English number and month formats and UTC dates whatever the default locale and
 * time zone, so the same data give the same picture everywhere.
 */
final class ChartStyle {
    static final Locale LOCALE = Locale.ENGLISH;
    static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font NOTE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font TICK_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    static final Color TEXT = new Color(0x1A1A1A);
    static final Color MUTED = new Color(0x555555);
    static final Color GRID = new Color(0xDDDDDD);
    static final Color ZERO_LINE = new Color(0x333333);

    /** Okabe and Ito's colour-blind-safe palette (yellow left out: too light on white). */
    private static final int[] PALETTE = {0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9, 0x000000};
    /** Dash patterns by arm index, pixels; beyond five arms they repeat. */
    private static final float[][] DASHES = {null, {10f, 5f}, {2f, 4f}, {12f, 4f, 2f, 4f}, {20f, 6f}};
    /** Width of smooth lines (means with bands), pixels. */
    static final float LINE_WIDTH = 2.2f;
    /** Width of jagged weekly lines, thinner so that crossing lines stay apart. */
    static final float THIN_LINE_WIDTH = 1.5f;
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private ChartStyle() {
    }

    /** The i-th colour of the qualitative palette, 0xRRGGBB; repeats after seven. */
    static int paletteRgb(int i) {
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    /** Line stroke of the arm at {@code armIndex}: solid for the first, dashed for the others. */
    static Stroke armStroke(int armIndex, float width) {
        float[] dash = DASHES[Math.floorMod(armIndex, DASHES.length)];
        return dash == null
                ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /** Midnight UTC of {@code date}, as the x value of time charts. */
    static long millis(LocalDate date) {
        return date.toEpochDay() * MILLIS_PER_DAY;
    }

    /** A chart around {@code plot} with title, legend below and the meta subtitle plus a note. */
    static JFreeChart chart(Plot plot, ChartMeta meta, String note) {
        JFreeChart chart = new JFreeChart(meta.title(), TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setPaint(TEXT);
        chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
        // Extra room on the right for the last date label, centred on the plot's edge.
        chart.setPadding(new RectangleInsets(8, 12, 8, 36));
        chart.addSubtitle(0, text(meta.subtitle(), SUBTITLE));
        if (note != null && !note.isEmpty()) {
            chart.addSubtitle(1, text(note, NOTE));
        }
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(LEGEND);
        legend.setItemPaint(TEXT);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** A value axis with English tick labels. */
    static NumberAxis valueAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        englishTicks(axis, NumberAxis.createStandardTickUnits(LOCALE));
        styleAxis(axis);
        return axis;
    }

    /**
     * Sets the axis's tick units, and its initial unit from the same source: JFreeChart's
     * default initial unit formats with the default locale, and the automatic choice of unit
     * starts from the width of its labels.
     */
    static void englishTicks(NumberAxis axis, TickUnitSource units) {
        axis.setStandardTickUnits(units);
        axis.setTickUnit((NumberTickUnit) units.getCeilingTickUnit(1.0), false, false);
    }

    /** A date axis in UTC with English month names. */
    static DateAxis dateAxis(String label) {
        DateAxis axis = new DateAxis(label, UTC, LOCALE);
        TickUnitSource units = DateAxis.createStandardDateTickUnits(UTC, LOCALE);
        axis.setStandardTickUnits(units);
        // As for numbers: the default initial unit formats dates in the default locale.
        axis.setTickUnit((DateTickUnit) units.getCeilingTickUnit(MILLIS_PER_DAY), false, false);
        axis.setLowerMargin(0.01);
        axis.setUpperMargin(0.01);
        styleAxis(axis);
        return axis;
    }

    static void styleAxis(ValueAxis axis) {
        axis.setLabelFont(AXIS_LABEL);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK_LABEL);
        axis.setTickLabelPaint(TEXT);
    }

    /** White background and light grid lines. */
    static void styleXYPlot(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlinePaint(MUTED);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    /** Lines in the key's colour and the arm's dash, with legend lines long enough to show the dash. */
    static void styleSeries(XYLineAndShapeRenderer renderer, int series, SeriesKey key, float width) {
        Color colour = new Color(key.rgb() & 0xFFFFFF);
        renderer.setSeriesPaint(series, colour);
        renderer.setSeriesFillPaint(series, colour);
        renderer.setSeriesStroke(series, armStroke(key.armIndex(), width));
        renderer.setLegendLine(new Line2D.Double(-18, 0, 18, 0));
    }

    /** Legend name of a faction: short, as on the map legend's first words. */
    static String shortName(Faction f) {
        return switch (f) {
            case ISSP, JNIM, ISWAP, VDP -> f.name();
            case MALI -> "Mali (FAMa)";
            case BURKINA_FASO -> "Burkina Faso";
            case NIGER -> "Niger (FAN)";
            case NIGERIA -> "Nigeria";
            case BENIN -> "Benin";
            case AFRICA_CORPS -> "Africa Corps";
            case FRANCE -> "France";
            case TUAREG_MILITIA -> "Tuareg militias";
            case DOZO -> "Dozo";
            case NIGER_VIGILANCE -> "Niger vigilance committees";
            case NIGERIA_VIGILANTES -> "Nigeria vigilantes";
            case BENIN_SELF_DEFENCE -> "Benin self-defence";
        };
    }

    private static TextTitle text(String s, Font font) {
        TextTitle t = new TextTitle(s, font);
        t.setPaint(MUTED);
        t.setHorizontalAlignment(HorizontalAlignment.LEFT);
        return t;
    }
}

package org.sahelsim.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.sahelsim.model.SahelMap;

/**
 * Draws one number per cell (population, violence, …) on the base map with a sequential colour
 * ramp and a colour bar: a pure factory, data in, image out.
 *
 * <p>Only study-country cells are coloured; NaN marks a cell without data, which keeps the
 * base colour.
 */
public final class GridHeatRenderer {
    public static final int DEFAULT_WIDTH = ControlMapRenderer.DEFAULT_WIDTH;
    /** Distinct colours used: enough for a smooth ramp, few enough to reuse Color objects. */
    private static final int LEVELS = 256;
    private static final int BAR_WIDTH = 24;
    private static final int BAR_HEIGHT = 300;
    private static final int TICKS = 5;

    private GridHeatRenderer() {
    }

    /** {@link #render(SahelMap, float[], HeatScale, String, String, int)} at {@link #DEFAULT_WIDTH}. */
    public static BufferedImage render(SahelMap map, float[] values, HeatScale scale, String title, String subtitle) {
        return render(map, values, scale, title, subtitle, DEFAULT_WIDTH);
    }

    /**
     * Draws the heat map.
     *
     * @param values per cell, in the unit of {@code scale}'s label; NaN for no data
     * @param scale  value range, linear or log, and colour ramp; see {@link HeatScale#fit}
     * @param width  image width, pixels (at least about 650)
     */
    public static BufferedImage render(SahelMap map, float[] values, HeatScale scale, String title,
                                       String subtitle, int width) {
        if (values.length != map.cells()) {
            throw new IllegalArgumentException("values have " + values.length + " cells, map has " + map.cells());
        }
        Color[] palette = palette(scale.ramp());
        CellFill fill = i -> paintOf(values[i], scale, palette);
        return BaseMapPainter.render(map, width, fill, new ColourBar(scale, palette, "No data"), title, subtitle);
    }

    /**
     * The heat map as a picture for PNG or SVG, with a 5° graticule (the map's axes in degrees).
     *
     * @param values  per cell, in the unit of {@code scale}'s label; NaN for cells left in the base colour
     * @param noValue what the base colour means in the legend, e.g. "No events"
     */
    public static MapPicture picture(SahelMap map, float[] values, HeatScale scale, String noValue, String title,
                                     String subtitle) {
        if (values.length != map.cells()) {
            throw new IllegalArgumentException("values have " + values.length + " cells, map has " + map.cells());
        }
        Color[] palette = palette(scale.ramp());
        CellFill fill = i -> paintOf(values[i], scale, palette);
        return BaseMapPainter.picture(map, DEFAULT_WIDTH, fill, new ColourBar(scale, palette, noValue), title,
                subtitle, true);
    }

    /** A tick label: three significant digits, no exponent, "k" and "M" for large values. */
    static String tickLabel(double v) {
        double a = Math.abs(v);
        if (a >= 1e6) {
            return significant(v / 1e6) + "M";
        }
        if (a >= 1e4) {
            return significant(v / 1e3) + "k";
        }
        return significant(v);
    }

    private static String significant(double v) {
        if (v == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(3, RoundingMode.HALF_EVEN));
        return d.stripTrailingZeros().toPlainString();
    }

    private static Paint paintOf(float v, HeatScale scale, Color[] palette) {
        if (Float.isNaN(v)) {
            return null;
        }
        return palette[(int) Math.round(scale.position(v) * (LEVELS - 1))];
    }

    private static Color[] palette(ColourRamp ramp) {
        Color[] p = new Color[LEVELS];
        for (int k = 0; k < LEVELS; k++) {
            p[k] = new Color(ramp.rgb(k / (double) (LEVELS - 1)));
        }
        return p;
    }

    /** The scale's label, a vertical colour bar with tick values, and the "no data" swatch. */
    private record ColourBar(HeatScale scale, Color[] palette, String noValue) implements BaseMapPainter.Panel {
        @Override
        public int height() {
            return 40 + BAR_HEIGHT + 50;
        }

        @Override
        public void paint(Graphics2D g, Rectangle area) {
            BaseMapPainter.text(g, scale.label(), MapStyle.LEGEND_TITLE, MapStyle.TEXT,
                    area.x, area.y + 16, area.width);
            int top = area.y + 36;
            for (int row = 0; row < BAR_HEIGHT; row++) {
                double t = 1 - row / (double) (BAR_HEIGHT - 1);
                g.setColor(palette[(int) Math.round(t * (LEVELS - 1))]);
                g.fillRect(area.x, top + row, BAR_WIDTH, 1);
            }
            g.setColor(MapStyle.MUTED_TEXT);
            g.drawRect(area.x, top, BAR_WIDTH - 1, BAR_HEIGHT - 1);
            for (int k = 0; k < TICKS; k++) {
                double t = k / (double) (TICKS - 1);
                int y = top + (int) Math.round((1 - t) * (BAR_HEIGHT - 1));
                g.setColor(MapStyle.MUTED_TEXT);
                g.drawLine(area.x + BAR_WIDTH, y, area.x + BAR_WIDTH + 5, y);
                BaseMapPainter.text(g, tickLabel(scale.valueAt(t)), MapStyle.LEGEND, MapStyle.TEXT, area.x + BAR_WIDTH + 9,
                        y + 5, area.width - BAR_WIDTH - 9);
            }
            int y = top + BAR_HEIGHT + 20;
            MapStyle.swatch(g, MapStyle.STUDY_LAND, area.x, y, 18);
            BaseMapPainter.text(g, noValue, MapStyle.LEGEND, MapStyle.TEXT, area.x + 28, y + 14, area.width - 28);
        }
    }
}

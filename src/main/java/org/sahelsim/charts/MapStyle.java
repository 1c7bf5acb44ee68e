package org.sahelsim.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.TexturePaint;
import java.awt.image.BufferedImage;

/** Colours, line widths and fonts shared by the map renderers, so all maps look alike. */
final class MapStyle {
    static final Color PAGE = Color.WHITE;
    /** Sea and land outside every country. */
    static final Color SEA = new Color(0xD8DDE2);
    /** Land of countries outside the study area. */
    static final Color FOREIGN_LAND = new Color(0xE6E6E6);
    /** Study-country land nobody controls; also the "no data" colour of heat maps. */
    static final Color STUDY_LAND = new Color(0xF3E8CB);
    static final Color LAKE = new Color(0xA8CBEA);
    static final Color WATER_LINE = new Color(0x2F74C0);
    static final Color COUNTRY_BORDER = new Color(0x222222);
    static final Color ADMIN_BORDER = new Color(0xA9A9A9);
    static final Color TEXT = new Color(0x1A1A1A);
    static final Color MUTED_TEXT = new Color(0x555555);
    static final Color HALO = new Color(255, 255, 255, 210);
    static final Color HATCH_BACK = new Color(0xC9C9C9);
    static final Color HATCH_LINE = new Color(0x6E6E6E);

    static final float COUNTRY_BORDER_WIDTH = 1.5f;
    static final float ADMIN_BORDER_WIDTH = 0.7f;
    static final float LAKE_SHORE_WIDTH = 0.8f;
    static final float RIVER_WIDTH = 1.1f;
    static final float NIGER_WIDTH = 2.2f;

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 26);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    static final Font LEGEND_TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font NOTE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font CAPITAL_LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    static final Font REGIONAL_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font TOWN_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    /** Stripe period of the contested hatch, pixels. */
    private static final int HATCH_SIZE = 8;
    /** Shared and immutable once built, so every map gets the same stripes. */
    static final Paint CONTESTED = hatch();

    private MapStyle() {
    }

    static Color rgb(int rgb) {
        return new Color(rgb & 0xFFFFFF);
    }

    /**
     * Diagonal stripes anchored at the image origin: neighbouring contested cells join up into
     * one striped area instead of a checkerboard of small patterns.
     */
    private static Paint hatch() {
        BufferedImage tile = new BufferedImage(HATCH_SIZE, HATCH_SIZE, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < HATCH_SIZE; y++) {
            for (int x = 0; x < HATCH_SIZE; x++) {
                boolean stripe = Math.floorMod(x + y, HATCH_SIZE) < 3;
                tile.setRGB(x, y, (stripe ? HATCH_LINE : HATCH_BACK).getRGB());
            }
        }
        return new TexturePaint(tile, new Rectangle(0, 0, HATCH_SIZE, HATCH_SIZE));
    }

    /** A swatch as used in legends: the paint in a square with a thin dark outline. */
    static void swatch(Graphics2D g, Paint paint, int x, int y, int size) {
        g.setPaint(paint);
        g.fillRect(x, y, size, size);
        g.setColor(MUTED_TEXT);
        g.drawRect(x, y, size - 1, size - 1);
    }
}

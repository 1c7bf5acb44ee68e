package org.sahelsim.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import org.sahelsim.model.SahelMap;

/**
 * Draws a share per cell, 0..1, in one colour whose strength grows with the share: for example the
 * share of replicates in which a faction controls each cell at the end (a control-probability
 * map). Cells with share 0 keep the base colour. A pure factory: data in, picture out.
 */
public final class ShareMapRenderer {
    private static final int LEVELS = 101;
    private static final int BAR_WIDTH = 24;
    private static final int BAR_HEIGHT = 300;
    private static final int TICKS = 5;
    /** Colour of a share just above 0: the faction's colour mixed into a pale grey. */
    private static final int PALE = 0xEEEEEE;

    private ShareMapRenderer() {
    }

    /**
     * @param share  per cell, 0..1 (NaN or 0 for none)
     * @param rgb    colour of share 1, 0xRRGGBB
     * @param legend what the share is, e.g. "Share of replicates in which JNIM controls the cell (%)"
     */
    public static MapPicture picture(SahelMap map, float[] share, int rgb, String legend, String title, String subtitle) {
        if (share.length != map.cells()) {
            throw new IllegalArgumentException("share has " + share.length + " cells, map has " + map.cells());
        }
        for (int i = 0; i < share.length; i++) {
            if (share[i] < 0 || share[i] > 1) {
                throw new IllegalArgumentException("share[" + i + "] = " + share[i] + " must lie in 0..1");
            }
        }
        Color[] palette = new Color[LEVELS];
        for (int k = 0; k < LEVELS; k++) {
            palette[k] = new Color(colour(rgb, k / (double) (LEVELS - 1)));
        }
        CellFill fill = i -> share[i] > 0 ? palette[(int) Math.round(share[i] * (LEVELS - 1))] : null;
        return BaseMapPainter.picture(map, GridHeatRenderer.DEFAULT_WIDTH, fill, new Bar(legend, palette), title,
                subtitle, true);
    }

    /** The colour of share {@code t}: from pale grey toward {@code rgb}, 0xRRGGBB. */
    static int colour(int rgb, double t) {
        double f = 0.12 + 0.88 * t;
        int r = mix(PALE >> 16, rgb >> 16, f);
        int g = mix(PALE >> 8, rgb >> 8, f);
        int b = mix(PALE, rgb, f);
        return (r << 16) | (g << 8) | b;
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round((a & 0xFF) + ((b & 0xFF) - (a & 0xFF)) * f);
    }

    /** Breaks a title at the last space that lets the first line fit; the second line may be empty. */
    static String[] twoLines(java.awt.FontMetrics fm, String text, int width) {
        if (fm.stringWidth(text) <= width) {
            return new String[] {text, ""};
        }
        for (int k = text.lastIndexOf(' '); k > 0; k = text.lastIndexOf(' ', k - 1)) {
            if (fm.stringWidth(text.substring(0, k)) <= width) {
                return new String[] {text.substring(0, k), text.substring(k + 1)};
            }
        }
        return new String[] {text, ""};
    }

    /** The legend: the title, a vertical colour bar from 0% to 100%, and the "never" swatch. */
    private record Bar(String legend, Color[] palette) implements BaseMapPainter.Panel {
        private static final int TITLE_LINE = 20;

        @Override
        public int height() {
            return 40 + TITLE_LINE + BAR_HEIGHT + 50;
        }

        @Override
        public void paint(Graphics2D g, Rectangle area) {
            g.setFont(MapStyle.LEGEND_TITLE);
            String[] lines = twoLines(g.getFontMetrics(), legend, area.width);
            BaseMapPainter.text(g, lines[0], MapStyle.LEGEND_TITLE, MapStyle.TEXT, area.x, area.y + 16, area.width);
            BaseMapPainter.text(g, lines[1], MapStyle.LEGEND_TITLE, MapStyle.TEXT, area.x, area.y + 16 + TITLE_LINE,
                    area.width);
            int top = area.y + 36 + TITLE_LINE;
            for (int row = 0; row < BAR_HEIGHT; row++) {
                double t = 1 - row / (double) (BAR_HEIGHT - 1);
                g.setColor(palette[(int) Math.round(t * (LEVELS - 1))]);
                g.fillRect(area.x, top + row, BAR_WIDTH, 1);
            }
            g.setColor(MapStyle.MUTED_TEXT);
            g.drawRect(area.x, top, BAR_WIDTH - 1, BAR_HEIGHT - 1);
            for (int k = 0; k < TICKS; k++) {
                int percent = 100 * k / (TICKS - 1);
                int y = top + (int) Math.round((1 - k / (double) (TICKS - 1)) * (BAR_HEIGHT - 1));
                g.drawLine(area.x + BAR_WIDTH, y, area.x + BAR_WIDTH + 5, y);
                BaseMapPainter.text(g, percent + "%", MapStyle.LEGEND, MapStyle.TEXT, area.x + BAR_WIDTH + 9, y + 5,
                        area.width - BAR_WIDTH - 9);
            }
            int y = top + BAR_HEIGHT + 20;
            MapStyle.swatch(g, MapStyle.STUDY_LAND, area.x, y, 18);
            BaseMapPainter.text(g, "0% (in no replicate)", MapStyle.LEGEND, MapStyle.TEXT, area.x + 28, y + 14,
                    area.width - 28);
        }
    }
}

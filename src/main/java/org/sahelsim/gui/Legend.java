package org.sahelsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.util.List;
import org.sahelsim.charts.ColourRamp;
import org.sahelsim.charts.HeatScale;
import org.sahelsim.charts.LegendEntry;
import org.sahelsim.charts.MapCanvas;
import org.sahelsim.model.SahelModel;

/** Pieces of the legend drawn on the display; each shown layer contributes its own. */
final class Legend {
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Color INK = new Color(0x1A1A1A);
    static final int ROW = 16;
    static final int SWATCH = 11;

    /** A layer that may add a block to the legend while it is shown. */
    interface Source {
        /** True if the layer was drawn since the last call (that is, it is shown); clears the mark. */
        boolean drawnSinceLegend();

        /** The layer's legend block, or null for none. */
        default Block legend(SahelModel model) {
            return null;
        }
    }

    /** A block of the legend, laid out top-down in a box. */
    interface Block {
        int height();

        /** Draws the block with its top-left corner at (x, y), at most {@code width} wide. */
        void paint(Graphics2D g, int x, int y, int width);
    }

    private Legend() {
    }

    /** Solid or hatched swatches with labels, in {@code columns} columns. */
    record Swatches(String title, List<LegendEntry> entries, int columns) implements Block {
        @Override
        public int height() {
            int rows = (entries.size() + columns - 1) / columns;
            return ROW + rows * ROW + 4;
        }

        @Override
        public void paint(Graphics2D g, int x, int y, int width) {
            text(g, title, TITLE, x, y + 12);
            int colWidth = width / columns;
            int rows = (entries.size() + columns - 1) / columns;
            for (int k = 0; k < entries.size(); k++) {
                int cx = x + (k / rows) * colWidth;
                int cy = y + ROW + (k % rows) * ROW;
                MapCanvas.swatch(g, entries.get(k), cx, cy + 2, SWATCH);
                text(g, entries.get(k).label(), TEXT, cx + SWATCH + 5, cy + 12);
            }
        }
    }

    /** A horizontal colour ramp with its end values. */
    record Ramp(String title, HeatScale scale, String low, String high) implements Block {
        @Override
        public int height() {
            return ROW + 12 + ROW;
        }

        @Override
        public void paint(Graphics2D g, int x, int y, int width) {
            text(g, title, TITLE, x, y + 12);
            int barWidth = Math.min(width, 160);
            ColourRamp ramp = scale.ramp();
            for (int k = 0; k < barWidth; k++) {
                g.setColor(new Color(ramp.rgb(k / (double) (barWidth - 1))));
                g.fillRect(x + k, y + ROW, 1, 10);
            }
            g.setColor(Color.GRAY);
            g.drawRect(x, y + ROW, barWidth - 1, 10);
            text(g, low, TEXT, x, y + ROW + 24);
            g.setFont(TEXT);
            text(g, high, TEXT, x + barWidth - g.getFontMetrics().stringWidth(high), y + ROW + 24);
        }
    }

    /** One symbol per unit kind; the note says how size is read. */
    record Units(List<String> kinds, List<Shape> symbols, String note) implements Block {
        @Override
        public int height() {
            return ROW + kinds.size() * ROW + ROW;
        }

        @Override
        public void paint(Graphics2D g, int x, int y, int width) {
            text(g, "Units", TITLE, x, y + 12);
            for (int k = 0; k < kinds.size(); k++) {
                int cy = y + ROW + k * ROW;
                Graphics2D s = (Graphics2D) g.create();
                s.translate(x + SWATCH / 2.0, cy + 8);
                fillOutlined(s, symbols.get(k), Color.GRAY, Color.WHITE);
                s.dispose();
                text(g, kinds.get(k), TEXT, x + SWATCH + 5, cy + 12);
            }
            text(g, note, TEXT, x, y + ROW + kinds.size() * ROW + 12);
        }
    }

    /** Fills a shape and outlines it in a contrasting colour, so it shows on any background. */
    static void fillOutlined(Graphics2D g, Shape shape, Paint fill, Color outline) {
        g.setPaint(fill);
        g.fill(shape);
        g.setColor(outline);
        g.setStroke(new BasicStroke(1f));
        g.draw(shape);
    }

    static void text(Graphics2D g, String s, Font font, int x, int y) {
        g.setFont(font);
        g.setColor(INK);
        g.drawString(s, x, y);
    }
}

package org.sahelsim.gui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sahelsim.model.SahelModel;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Portrayal;
import sim.portrayal.SimplePortrayal2D;

/**
 * The date of the simulated week (top left) and the legend of the layers shown (the faction
 * legend bottom left, the others below the date). Drawn in screen pixels at the corners of the
 * visible area, so it stays in place when the map is zoomed or scrolled.
 */
final class OverlayLayer extends FieldPortrayal2D {
    static final String NAME = "Date and legend";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Font DATE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Color BOX = new Color(255, 255, 255, 225);
    private static final int PAD = 8;
    private static final int FACTION_WIDTH = 300;
    private static final int SIDE_WIDTH = 190;
    private final MapView view;
    private final List<Legend.Source> sources;
    private final ControlLayer control;
    private final Box sideBox = new Box();
    private final Box factionBox = new Box();

    /** @param sources the layers in drawing order; the overlay is drawn after all of them */
    OverlayLayer(MapView view, List<Legend.Source> sources, ControlLayer control) {
        this.view = view;
        this.sources = List.copyOf(sources);
        this.control = control;
        setField(view);
    }

    @Override
    public void draw(Object field, Graphics2D g, DrawInfo2D info) {
        SahelModel m = view.model();
        List<Legend.Block> side = new ArrayList<>();
        Legend.Block factions = null;
        for (Legend.Source s : sources) {
            boolean shown = s.drawnSinceLegend();
            Legend.Block b = shown && m != null ? s.legend(m) : null;
            if (b != null && s == control) {
                factions = b;
            } else if (b != null) {
                side.add(b);
            }
        }
        if (m == null) {
            return;
        }
        Graphics2D c = (Graphics2D) g.create();
        try {
            c.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            c.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int x = (int) info.clip.x + PAD;
            int y = (int) info.clip.y + PAD;
            y = paintDate(c, m, x, y) + PAD;
            sideBox.draw(c, side, x, y, SIDE_WIDTH);
            if (factions != null) {
                int bottom = (int) (info.clip.y + info.clip.height) - PAD;
                factionBox.draw(c, List.of(factions), x, bottom - factions.height() - 2 * PAD, FACTION_WIDTH);
            }
        } finally {
            c.dispose();
        }
    }

    /** The date box; returns its bottom edge. */
    private int paintDate(Graphics2D g, SahelModel m, int x, int y) {
        String date = m.date().format(DATE);
        String sub = "week " + m.week() + " of " + m.config.totalWeeks() + " · " + m.config.name() + " · seed " + m.seed();
        g.setFont(DATE_FONT);
        int w = Math.max(g.getFontMetrics().stringWidth(date), g.getFontMetrics(Legend.TEXT).stringWidth(sub)) + 2 * PAD;
        int h = 44;
        g.setColor(BOX);
        g.fillRoundRect(x, y, w, h, 8, 8);
        g.setColor(Color.GRAY);
        g.drawRoundRect(x, y, w, h, 8, 8);
        g.setColor(Legend.INK);
        g.drawString(date, x + PAD, y + 19);
        Legend.text(g, sub, Legend.TEXT, x + PAD, y + 36);
        return y + h;
    }

    /** A legend box kept as an image until its blocks change (they are records, compared by value). */
    private static final class Box {
        private List<Legend.Block> shown = List.of();
        private BufferedImage image;

        void draw(Graphics2D g, List<Legend.Block> blocks, int x, int y, int width) {
            if (blocks.isEmpty()) {
                return;
            }
            if (image == null || !blocks.equals(shown) || image.getWidth() != width + 1) {
                image = render(blocks, width);
                shown = List.copyOf(blocks);
            }
            g.drawImage(image, x, y, null);
        }

        private static BufferedImage render(List<Legend.Block> blocks, int width) {
            int h = blocks.stream().mapToInt(Legend.Block::height).sum() + 2 * PAD;
            BufferedImage img = new BufferedImage(width + 1, h + 1, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(BOX);
            g.fillRoundRect(0, 0, width, h, 8, 8);
            g.setColor(Color.GRAY);
            g.drawRoundRect(0, 0, width, h, 8, 8);
            int at = PAD;
            for (Legend.Block b : blocks) {
                b.paint(g, PAD, at, width - 2 * PAD);
                at += b.height();
            }
            g.dispose();
            return img;
        }
    }

    @Override
    public Portrayal getDefaultPortrayal() {
        return new SimplePortrayal2D();
    }
}

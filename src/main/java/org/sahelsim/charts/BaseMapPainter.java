package org.sahelsim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Locale;
import org.sahelsim.model.SahelMap;

/**
 * The page every map shares: title and subtitle on top, the base map (cells, water, borders,
 * sites) on the left, a side panel for the renderer's legend on the right, and a scale note
 * below. Renderers supply only what differs: the paint of each study cell and the panel.
 */
final class BaseMapPainter {
    static final int MARGIN = 24;
    static final int PANEL_WIDTH = 360;
    /** Height of the title band above the map, pixels. */
    static final int HEADER = 86;
    /** Height of the band below the map that holds the scale note, pixels. */
    static final int FOOTER = 40;
    private static final int MIN_MAP_WIDTH = 200;

    /** The side panel: a legend or a colour bar. */
    interface Panel {
        /** Height the panel needs, pixels; the page grows if the map is shorter. */
        int height();

        void paint(Graphics2D g, Rectangle area);
    }

    private BaseMapPainter() {
    }

    /** Where the map goes on a page {@code width} pixels wide. */
    static MapGeometry geometry(SahelMap map, int width) {
        int mapWidth = width - 3 * MARGIN - PANEL_WIDTH;
        if (mapWidth < MIN_MAP_WIDTH) {
            throw new IllegalArgumentException("image width must be at least "
                    + (MIN_MAP_WIDTH + 3 * MARGIN + PANEL_WIDTH) + " px, got " + width);
        }
        return MapGeometry.fit(map, MARGIN, HEADER, mapWidth);
    }

    static BufferedImage render(SahelMap map, int width, CellFill fill, Panel panel, String title, String subtitle) {
        return picture(map, width, fill, panel, title, subtitle, false).toImage();
    }

    /**
     * The page as a picture that can be drawn as an image or as SVG.
     *
     * @param graticule draw meridians and parallels every 5° with degree labels (the map's axes)
     */
    static MapPicture picture(SahelMap map, int width, CellFill fill, Panel panel, String title, String subtitle,
                              boolean graticule) {
        MapGeometry geo = geometry(map, width);
        int body = Math.max(geo.heightPx(), panel.height());
        int height = HEADER + body + FOOTER;
        return new MapPicture(width, height, (g, vector) -> {
            setHints(g);
            g.setColor(MapStyle.PAGE);
            g.fillRect(0, 0, width, height);
            paintMap(g, geo, fill, vector, graticule);
            paintTitles(g, title, subtitle, width);
            setHints(g);
            panel.paint(g, new Rectangle(width - MARGIN - PANEL_WIDTH, HEADER, PANEL_WIDTH, body));
            setHints(g);
            text(g, scaleNote(geo), MapStyle.NOTE, MapStyle.MUTED_TEXT, MARGIN, HEADER + body + 26, width - 2 * MARGIN);
        });
    }

    /** Draws {@code s} with its baseline at {@code y}, cut with an ellipsis to {@code maxWidth}. */
    static void text(Graphics2D g, String s, Font font, Color colour, int x, int y, int maxWidth) {
        if (s == null || s.isEmpty()) {
            return;
        }
        g.setFont(font);
        g.setColor(colour);
        g.drawString(fit(g.getFontMetrics(), s, maxWidth), x, y);
    }

    /** The longest prefix of {@code s} that, with "…", fits into {@code maxWidth}. */
    static String fit(FontMetrics fm, String s, int maxWidth) {
        if (fm.stringWidth(s) <= maxWidth) {
            return s;
        }
        int n = s.length();
        while (n > 0 && fm.stringWidth(s.substring(0, n).stripTrailing() + "…") > maxWidth) {
            n--;
        }
        return s.substring(0, n).stripTrailing() + "…";
    }

    private static void paintMap(Graphics2D g, MapGeometry geo, CellFill fill, boolean vector, boolean graticule) {
        Rectangle area = new Rectangle(geo.left, geo.top, geo.widthPx(), geo.heightPx());
        // Lines on the crop's edge would otherwise spill half their width onto the page.
        g.setClip(area);
        if (vector) {
            // Cells, water and borders follow the grid: embedded as one raster image they keep an SVG
            // small (as vectors they take megabytes); graticule, towns, text and legend stay vectors.
            BufferedImage layers = new BufferedImage(area.width, area.height, BufferedImage.TYPE_INT_RGB);
            Graphics2D lg = layers.createGraphics();
            try {
                setHints(lg);
                lg.translate(-area.x, -area.y);
                paintGridLayers(lg, geo, fill);
            } finally {
                lg.dispose();
            }
            g.drawImage(layers, area.x, area.y, null);
        } else {
            paintGridLayers(g, geo, fill);
        }
        setHints(g);
        if (graticule) {
            Graticule.paint(g, geo);
        }
        SitePainter.paint(g, geo);
        g.setClip(null);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(MapStyle.MUTED_TEXT);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(area.x - 1, area.y - 1, area.width + 1, area.height + 1);
    }

    private static void paintGridLayers(Graphics2D g, MapGeometry geo, CellFill fill) {
        CellLayers.fill(g, geo, fill);
        CellLayers.lakeShores(g, geo);
        CellLayers.adminBorders(g, geo);
        CellLayers.rivers(g, geo);
        CellLayers.countryBorders(g, geo);
    }

    private static void paintTitles(Graphics2D g, String title, String subtitle, int width) {
        setHints(g);
        text(g, title, MapStyle.TITLE, MapStyle.TEXT, MARGIN, 42, width - 2 * MARGIN);
        text(g, subtitle, MapStyle.SUBTITLE, MapStyle.MUTED_TEXT, MARGIN, 68, width - 2 * MARGIN);
    }

    /** Cell size in degrees and, at the map's middle latitude, in kilometres. */
    static String scaleNote(MapGeometry geo) {
        double res = geo.map.res;
        double lat = geo.midLat();
        double kmEastWest = res * 111.32 * Math.cos(Math.toRadians(lat));
        double kmNorthSouth = res * 110.57;
        return String.format(Locale.ROOT,
                "Grid cell %.2f° × %.2f°, about %.0f km × %.0f km at %.1f° N. Equirectangular projection.",
                res, res, kmEastWest, kmNorthSouth, lat);
    }

    /**
     * Antialiased text and lines with fractional metrics: smooth output, and glyph positions
     * that do not depend on the screen's resolution, so the same input gives the same pixels.
     */
    private static void setHints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }
}

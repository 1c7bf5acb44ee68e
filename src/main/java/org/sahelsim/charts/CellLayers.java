package org.sahelsim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import org.sahelsim.model.SahelMap;

/** The raster layers of the base map: cell colours, water and borders traced along cell edges. */
final class CellLayers {
    /** Whether the edge between two neighbouring cells belongs to a line layer. */
    @FunctionalInterface
    private interface EdgeTest {
        boolean test(int a, int b);
    }

    private CellLayers() {
    }

    /**
     * Fills every cropped cell: the renderer's paint on study cells where it has one, the base
     * colour elsewhere. Runs of equal paint along a row become one rectangle.
     */
    static void fill(Graphics2D g, MapGeometry geo, CellFill overlay) {
        // Crisp cells: antialiased edges would blend neighbours and change the cells' colours.
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        SahelMap map = geo.map;
        for (int y = geo.y0; y < geo.y0 + geo.rows; y++) {
            int runStart = geo.x0;
            Paint runPaint = null;
            for (int x = geo.x0; x <= geo.x0 + geo.cols; x++) {
                Paint p = x < geo.x0 + geo.cols ? paintOf(geo, overlay, map.index(x, y)) : null;
                if (x > geo.x0 && !samePaint(p, runPaint)) {
                    g.setPaint(runPaint);
                    g.fillRect(geo.px(runStart), geo.py(y), geo.px(x) - geo.px(runStart), geo.py(y + 1) - geo.py(y));
                    runStart = x;
                }
                runPaint = p;
            }
        }
    }

    /** The colour a cell has when no renderer paints it. */
    static Color baseColour(MapGeometry geo, int i) {
        SahelMap map = geo.map;
        if (map.has(i, SahelMap.LAKE)) {
            return MapStyle.LAKE;
        }
        if (geo.isStudy(i)) {
            return MapStyle.STUDY_LAND;
        }
        return map.isLand(i) || map.country[i] >= 0 ? MapStyle.FOREIGN_LAND : MapStyle.SEA;
    }

    /** Blue outlines of lakes, so that a lake stays visible under a renderer's colour. */
    static void lakeShores(Graphics2D g, MapGeometry geo) {
        SahelMap map = geo.map;
        stroke(g, geo, MapStyle.WATER_LINE, MapStyle.LAKE_SHORE_WIDTH,
                (a, b) -> map.has(a, SahelMap.LAKE) != map.has(b, SahelMap.LAKE));
    }

    /** Thin admin-1 borders inside the study countries. */
    static void adminBorders(Graphics2D g, MapGeometry geo) {
        SahelMap map = geo.map;
        stroke(g, geo, MapStyle.ADMIN_BORDER, MapStyle.ADMIN_BORDER_WIDTH,
                (a, b) -> geo.isStudy(a) && geo.isStudy(b) && map.country[a] == map.country[b]
                        && map.admin1[a] != map.admin1[b]);
    }

    /**
     * Country borders and coasts: dark where they touch a study country, thin and light between
     * the foreign countries around it, which are only context.
     */
    static void countryBorders(Graphics2D g, MapGeometry geo) {
        stroke(g, geo, MapStyle.ADMIN_BORDER, MapStyle.ADMIN_BORDER_WIDTH,
                (a, b) -> !geo.isStudy(a) && !geo.isStudy(b) && differentCountry(geo.map, a, b));
        stroke(g, geo, MapStyle.COUNTRY_BORDER, MapStyle.COUNTRY_BORDER_WIDTH,
                (a, b) -> (geo.isStudy(a) || geo.isStudy(b)) && differentCountry(geo.map, a, b));
    }

    /** Rivers as lines through the centres of river cells; the Niger drawn wider on top. */
    static void rivers(Graphics2D g, MapGeometry geo) {
        int anyRiver = SahelMap.RIVER | SahelMap.NIGER_RIVER;
        drawRiverLines(g, geo, anyRiver, MapStyle.RIVER_WIDTH);
        drawRiverLines(g, geo, SahelMap.NIGER_RIVER, MapStyle.NIGER_WIDTH);
    }

    private static boolean differentCountry(SahelMap map, int a, int b) {
        // Outside every country, land against sea counts too, so unlisted land still gets a
        // coast. Inside a country it does not: a lake shore is not a border.
        return map.country[a] != map.country[b] || map.country[a] < 0 && map.isLand(a) != map.isLand(b);
    }

    private static Paint paintOf(MapGeometry geo, CellFill overlay, int i) {
        Paint p = geo.isStudy(i) ? overlay.paint(i) : null;
        return p != null ? p : baseColour(geo, i);
    }

    private static boolean samePaint(Paint a, Paint b) {
        return a == null ? b == null : a.equals(b);
    }

    private static void stroke(Graphics2D g, MapGeometry geo, Color colour, float width, EdgeTest test) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(colour);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(edges(geo, test));
    }

    /**
     * Cell edges that pass {@code test}, merged into straight runs: long lines instead of
     * thousands of stubs, so round caps do not pile up into beads.
     */
    private static Path2D edges(MapGeometry geo, EdgeTest test) {
        SahelMap map = geo.map;
        Path2D.Double path = new Path2D.Double();
        for (int x = geo.x0 + 1; x < geo.x0 + geo.cols; x++) {
            int start = -1;
            for (int y = geo.y0; y <= geo.y0 + geo.rows; y++) {
                boolean edge = y < geo.y0 + geo.rows && test.test(map.index(x - 1, y), map.index(x, y));
                if (edge && start < 0) {
                    start = y;
                } else if (!edge && start >= 0) {
                    path.moveTo(geo.px(x), geo.py(start));
                    path.lineTo(geo.px(x), geo.py(y));
                    start = -1;
                }
            }
        }
        for (int y = geo.y0 + 1; y < geo.y0 + geo.rows; y++) {
            int start = -1;
            for (int x = geo.x0; x <= geo.x0 + geo.cols; x++) {
                boolean edge = x < geo.x0 + geo.cols && test.test(map.index(x, y - 1), map.index(x, y));
                if (edge && start < 0) {
                    start = x;
                } else if (!edge && start >= 0) {
                    path.moveTo(geo.px(start), geo.py(y));
                    path.lineTo(geo.px(x), geo.py(y));
                    start = -1;
                }
            }
        }
        return path;
    }

    private static void drawRiverLines(Graphics2D g, MapGeometry geo, int flag, float width) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(MapStyle.WATER_LINE);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D.Double path = new Path2D.Double();
        for (int y = geo.y0; y < geo.y0 + geo.rows; y++) {
            for (int x = geo.x0; x < geo.x0 + geo.cols; x++) {
                if (river(geo, x, y, flag) && !connect(geo, path, x, y, flag)) {
                    double r = width;
                    g.fill(new Ellipse2D.Double(geo.centreX(x) - r, geo.centreY(y) - r, 2 * r, 2 * r));
                }
            }
        }
        g.draw(path);
    }

    /**
     * Adds the links from cell (x, y) to its river neighbours east, south-east, south and
     * south-west, so every link is added once. Diagonals only where no orthogonal step exists,
     * to avoid little triangles at bends. Returns false if the cell has no river neighbour at all.
     */
    private static boolean connect(MapGeometry geo, Path2D path, int x, int y, int flag) {
        boolean e = river(geo, x + 1, y, flag);
        boolean s = river(geo, x, y + 1, flag);
        boolean w = river(geo, x - 1, y, flag);
        boolean n = river(geo, x, y - 1, flag);
        boolean se = !e && !s && river(geo, x + 1, y + 1, flag);
        boolean sw = !w && !s && river(geo, x - 1, y + 1, flag);
        link(geo, path, x, y, x + 1, y, e);
        link(geo, path, x, y, x, y + 1, s);
        link(geo, path, x, y, x + 1, y + 1, se);
        link(geo, path, x, y, x - 1, y + 1, sw);
        boolean ne = !e && !n && river(geo, x + 1, y - 1, flag);
        boolean nw = !w && !n && river(geo, x - 1, y - 1, flag);
        return e || s || w || n || se || sw || ne || nw;
    }

    private static void link(MapGeometry geo, Path2D path, int x, int y, int x2, int y2, boolean doIt) {
        if (doIt) {
            path.moveTo(geo.centreX(x), geo.centreY(y));
            path.lineTo(geo.centreX(x2), geo.centreY(y2));
        }
    }

    private static boolean river(MapGeometry geo, int x, int y, int flag) {
        return geo.inCrop(x, y) && (geo.map.flags[geo.map.index(x, y)] & flag) != 0;
    }
}

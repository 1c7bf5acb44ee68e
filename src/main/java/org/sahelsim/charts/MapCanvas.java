package org.sahelsim.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.function.IntFunction;
import org.sahelsim.model.Faction;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.Site;

/**
 * The layers of the base map one call at a time, for an interactive display that draws them
 * separately and switches them on and off. Same crop, projection, colours and line widths as
 * the rendered maps ({@link ControlMapRenderer}, {@link GridHeatRenderer}).
 *
 * <p>Coordinates are canvas pixels: the crop of the study countries fills {@code 0..widthPx()}
 * by {@code 0..heightPx()}. A display scales the canvas with a transform on the graphics.
 */
public final class MapCanvas {
    private final MapGeometry geo;

    private MapCanvas(MapGeometry geo) {
        this.geo = geo;
    }

    /** The study countries fitted into a canvas {@code widthPx} wide (at least 100). */
    public static MapCanvas fit(SahelMap map, int widthPx) {
        if (widthPx < 100) {
            throw new IllegalArgumentException("canvas width must be at least 100 px, got " + widthPx);
        }
        return new MapCanvas(MapGeometry.fit(map, 0, 0, widthPx));
    }

    public SahelMap map() {
        return geo.map;
    }

    public int widthPx() {
        return geo.widthPx();
    }

    public int heightPx() {
        return geo.heightPx();
    }

    /**
     * The whole grid's rectangle in canvas pixels. It reaches beyond the canvas where the crop
     * cuts the grid; a display that places grid-based fields there lines them up with the map.
     */
    public Rectangle2D.Double gridBounds() {
        double x = -geo.x0 * geo.sx;
        double y = -geo.y0 * geo.sy;
        return new Rectangle2D.Double(x, y, geo.map.width * geo.sx, geo.map.height * geo.sy);
    }

    /** First grid column of the crop; canvas x = 0 is its left edge. */
    public int cropX() {
        return geo.x0;
    }

    /** First grid row of the crop; canvas y = 0 is its top edge. */
    public int cropY() {
        return geo.y0;
    }

    /** Columns in the crop. */
    public int cropColumns() {
        return geo.cols;
    }

    /** Rows in the crop. */
    public int cropRows() {
        return geo.rows;
    }

    /** Pixels per cell, horizontally. */
    public double cellWidth() {
        return geo.sx;
    }

    /** Pixels per cell, vertically (cells are taller than wide away from the equator). */
    public double cellHeight() {
        return geo.sy;
    }

    public double lonToX(double lon) {
        return geo.lonToX(lon);
    }

    public double latToY(double lat) {
        return geo.latToY(lat);
    }

    /** Centre of cell column {@code x}, canvas pixels. */
    public double centreX(int x) {
        return geo.centreX(x);
    }

    /** Centre of cell row {@code y}, canvas pixels. */
    public double centreY(int y) {
        return geo.centreY(y);
    }

    /** The cell under canvas point (px, py), or -1 outside the grid. */
    public int cellAt(double px, double py) {
        int x = geo.x0 + (int) Math.floor(px / geo.sx);
        int y = geo.y0 + (int) Math.floor(py / geo.sy);
        return geo.map.inBounds(x, y) ? geo.map.index(x, y) : -1;
    }

    /** True if the cell lies in one of the five study countries. */
    public boolean isStudy(int cell) {
        return geo.isStudy(cell);
    }

    /** Sea, lakes, foreign land and the study countries' land in their base colours, with lake shores. */
    public void paintLand(Graphics2D g) {
        CellLayers.fill(g, geo, i -> null);
        CellLayers.lakeShores(g, geo);
    }

    /**
     * Paints study-country cells where {@code paint} gives a paint; null leaves the cell as it is
     * (unlike the rendered maps, nothing else is painted). Runs along a row become one rectangle.
     */
    public void paintCells(Graphics2D g, IntFunction<Paint> paint) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        SahelMap map = geo.map;
        for (int y = geo.y0; y < geo.y0 + geo.rows; y++) {
            int runStart = -1;
            Paint runPaint = null;
            for (int x = geo.x0; x <= geo.x0 + geo.cols; x++) {
                int i = x < geo.x0 + geo.cols ? map.index(x, y) : -1;
                Paint p = i >= 0 && geo.isStudy(i) ? paint.apply(i) : null;
                if (runPaint != null && !runPaint.equals(p)) {
                    g.setPaint(runPaint);
                    g.fillRect(geo.px(runStart), geo.py(y), geo.px(x) - geo.px(runStart), geo.py(y + 1) - geo.py(y));
                }
                if (p != null && !p.equals(runPaint)) {
                    runStart = x;
                }
                runPaint = p;
            }
        }
    }

    public void paintAdminBorders(Graphics2D g) {
        CellLayers.adminBorders(g, geo);
    }

    /** Country borders and coasts: dark around the study countries, light between their neighbours. */
    public void paintCountryBorders(Graphics2D g) {
        CellLayers.countryBorders(g, geo);
    }

    /** Rivers, with the Niger drawn wider. */
    public void paintRivers(Graphics2D g) {
        CellLayers.rivers(g, geo);
    }

    /** Capitals, regional capitals and towns with labels placed so they do not overlap. */
    public void paintTowns(Graphics2D g) {
        SitePainter.paint(g, geo, s -> s.kind() != Site.SiteKind.AIR_BASE);
    }

    /** Air bases as triangles (unlabelled: the cell inspector names them). */
    public void paintAirBases(Graphics2D g) {
        SitePainter.paint(g, geo, s -> s.kind() == Site.SiteKind.AIR_BASE);
    }

    /** Map colour of a faction. */
    public static Color factionColour(Faction f) {
        return MapStyle.rgb(f.rgb);
    }

    /** The diagonal hatch of contested cells. */
    public static Paint contestedPaint() {
        return MapStyle.CONTESTED;
    }

    /** Colour of study-country land nobody controls. */
    public static Color noControlColour() {
        return MapStyle.STUDY_LAND;
    }

    /** A legend swatch: the entry's colour or hatch in a square with a thin outline. */
    public static void swatch(Graphics2D g, LegendEntry e, int x, int y, int size) {
        Paint p = e.swatch() == LegendEntry.Swatch.HATCH ? MapStyle.CONTESTED : new Color(e.rgb());
        MapStyle.swatch(g, p, x, y, size);
    }
}

package org.sahelsim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;

/**
 * Meridians and parallels every {@value #STEP_DEG}° with their degree labels along the map's
 * bottom and left edges: the axes of a map, in degrees of longitude and latitude.
 */
final class Graticule {
    static final int STEP_DEG = 5;
    private static final Color LINE = new Color(90, 90, 90, 70);

    private Graticule() {
    }

    static void paint(Graphics2D g, MapGeometry geo) {
        double west = geo.map.lon(geo.x0) - geo.map.res / 2;
        double east = geo.map.lon(geo.x0 + geo.cols - 1) + geo.map.res / 2;
        double north = geo.map.lat(geo.y0) + geo.map.res / 2;
        double south = geo.map.lat(geo.y0 + geo.rows - 1) - geo.map.res / 2;
        int left = geo.left;
        int top = geo.top;
        int right = geo.left + geo.widthPx();
        int bottom = geo.top + geo.heightPx();
        g.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
        for (int lon = (int) Math.ceil(west / STEP_DEG) * STEP_DEG; lon <= east; lon += STEP_DEG) {
            double x = geo.lonToX(lon);
            g.setColor(LINE);
            g.draw(new Line2D.Double(x, top, x, bottom));
            label(g, longitude(lon), (int) Math.round(x) + 3, bottom - 5);
        }
        for (int lat = (int) Math.ceil(south / STEP_DEG) * STEP_DEG; lat <= north; lat += STEP_DEG) {
            double y = geo.latToY(lat);
            g.setColor(LINE);
            g.draw(new Line2D.Double(left, y, right, y));
            label(g, latitude(lat), left + 4, (int) Math.round(y) - 4);
        }
    }

    static String longitude(int deg) {
        return deg == 0 ? "0°" : Math.abs(deg) + (deg < 0 ? "°W" : "°E");
    }

    static String latitude(int deg) {
        return deg == 0 ? "0°" : Math.abs(deg) + (deg < 0 ? "°S" : "°N");
    }

    private static void label(Graphics2D g, String text, int x, int y) {
        g.setFont(MapStyle.NOTE);
        int w = g.getFontMetrics().stringWidth(text);
        g.setColor(MapStyle.HALO);
        g.fillRect(x - 2, y - 11, w + 4, 14);
        g.setColor(MapStyle.MUTED_TEXT);
        g.drawString(text, x, y);
    }
}

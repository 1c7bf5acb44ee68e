package org.sahelsim.geo;

import org.sahelsim.model.SahelMap;

import java.util.function.IntConsumer;

/**
 * Rasterises polylines by visiting every cell a segment passes through (the grid traversal of
 * Amanatides and Woo, 1987). Consecutive cells share an edge, so a rasterised river is a
 * 4-connected chain of cells with no diagonal-only gaps, whatever the cell size.
 */
final class LineRaster {
    private LineRaster() { }

    /**
     * Calls {@code cell} for each in-bounds cell crossed by the polyline; cells may repeat.
     *
     * @param xy interleaved lon, lat vertices, degrees
     */
    static void walk(GridSpec grid, double[] xy, IntConsumer cell) {
        for (int k = 0; k + 3 < xy.length; k += 2) {
            segment(grid, xy[k], xy[k + 1], xy[k + 2], xy[k + 3], cell);
        }
        if (xy.length == 2) {
            visit(grid, grid.x(xy[0]), grid.y(xy[1]), cell);
        }
    }

    private static void segment(GridSpec grid, double lon0, double lat0, double lon1, double lat1,
                                IntConsumer cell) {
        // Work in continuous cell units: column increases eastwards, row southwards.
        double gx0 = (lon0 - SahelMap.LON_MIN) / grid.res(), gy0 = (SahelMap.LAT_MAX - lat0) / grid.res();
        double gx1 = (lon1 - SahelMap.LON_MIN) / grid.res(), gy1 = (SahelMap.LAT_MAX - lat1) / grid.res();
        int x = (int) Math.floor(gx0), y = (int) Math.floor(gy0);
        int xEnd = (int) Math.floor(gx1), yEnd = (int) Math.floor(gy1);
        double dx = gx1 - gx0, dy = gy1 - gy0;
        int stepX = dx > 0 ? 1 : -1, stepY = dy > 0 ? 1 : -1;
        double tDeltaX = dx == 0 ? Double.POSITIVE_INFINITY : 1.0 / Math.abs(dx);
        double tDeltaY = dy == 0 ? Double.POSITIVE_INFINITY : 1.0 / Math.abs(dy);
        double tMaxX = dx == 0 ? Double.POSITIVE_INFINITY : (dx > 0 ? x + 1 - gx0 : gx0 - x) * tDeltaX;
        double tMaxY = dy == 0 ? Double.POSITIVE_INFINITY : (dy > 0 ? y + 1 - gy0 : gy0 - y) * tDeltaY;
        visit(grid, x, y, cell);
        // Exactly one step per boundary crossed, so the walk always ends in the end cell.
        int steps = Math.abs(xEnd - x) + Math.abs(yEnd - y);
        for (int s = 0; s < steps; s++) {
            boolean moveX = x != xEnd && (y == yEnd || tMaxX < tMaxY);
            if (moveX) {
                x += stepX;
                tMaxX += tDeltaX;
            } else {
                y += stepY;
                tMaxY += tDeltaY;
            }
            visit(grid, x, y, cell);
        }
    }

    private static void visit(GridSpec grid, int x, int y, IntConsumer cell) {
        if (grid.inBounds(x, y)) {
            cell.accept(grid.index(x, y));
        }
    }
}

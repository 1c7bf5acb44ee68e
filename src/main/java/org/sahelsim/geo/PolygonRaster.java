package org.sahelsim.geo;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Scanline polygon fill by cell centre with the even-odd rule.
 *
 * <p>A cell belongs to a polygon when its centre lies inside it. Every ring of a polygon (outer
 * ring and holes) contributes edges to the same crossing lists, so holes come out empty without
 * relying on ring orientation. Edges use half-open intervals ({@code ylo <= lat < yhi} and
 * {@code x0 <= lon < x1}), so a centre on a shared border belongs to exactly one of two
 * neighbouring polygons. Cost is linear in edges plus filled cells.
 */
final class PolygonRaster {
    private PolygonRaster() { }

    /** Calls {@code cell} with the index of every cell whose centre is inside the polygon. */
    static void fill(GridSpec grid, List<double[]> rings, IntConsumer cell) {
        double[][] crossings = new double[grid.height()][];
        int[] counts = new int[grid.height()];
        for (double[] ring : rings) {
            addRing(grid, ring, crossings, counts);
        }
        for (int y = 0; y < grid.height(); y++) {
            if (counts[y] >= 2) {
                double[] xs = Arrays.copyOf(crossings[y], counts[y]);
                Arrays.sort(xs);
                for (int k = 0; k + 1 < xs.length; k += 2) {
                    fillSpan(grid, y, xs[k], xs[k + 1], cell);
                }
            }
        }
    }

    /** Fills every polygon of a (multi-)polygon feature. */
    static void fillAll(GridSpec grid, List<List<double[]>> polygons, IntConsumer cell) {
        for (List<double[]> polygon : polygons) {
            fill(grid, polygon, cell);
        }
    }

    private static void addRing(GridSpec grid, double[] ring, double[][] crossings, int[] counts) {
        int n = ring.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n; // closes the ring whether or not the last vertex repeats the first
            double x1 = ring[2 * i], y1 = ring[2 * i + 1];
            double x2 = ring[2 * j], y2 = ring[2 * j + 1];
            if (y1 != y2) {
                addEdge(grid, x1, y1, x2, y2, crossings, counts);
            }
        }
    }

    private static void addEdge(GridSpec grid, double x1, double y1, double x2, double y2,
                                double[][] crossings, int[] counts) {
        double ylo = Math.min(y1, y2), yhi = Math.max(y1, y2);
        // Candidate rows from the closed-form bounds, widened by one; the exact test below decides.
        int first = Math.max(0, grid.y(yhi) - 1);
        int last = Math.min(grid.height() - 1, grid.y(ylo) + 1);
        for (int y = first; y <= last; y++) {
            double c = grid.lat(y);
            if (c >= ylo && c < yhi) {
                double x = x1 + (c - y1) * (x2 - x1) / (y2 - y1);
                if (crossings[y] == null) {
                    crossings[y] = new double[8];
                } else if (counts[y] == crossings[y].length) {
                    crossings[y] = Arrays.copyOf(crossings[y], counts[y] * 2);
                }
                crossings[y][counts[y]++] = x;
            }
        }
    }

    private static void fillSpan(GridSpec grid, int y, double x0, double x1, IntConsumer cell) {
        int first = Math.max(0, grid.x(x0) - 1);
        int last = Math.min(grid.width() - 1, grid.x(x1) + 1);
        for (int x = first; x <= last; x++) {
            double c = grid.lon(x);
            if (c >= x0 && c < x1) {
                cell.accept(grid.index(x, y));
            }
        }
    }
}

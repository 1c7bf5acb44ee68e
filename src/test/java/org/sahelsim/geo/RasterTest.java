package org.sahelsim.geo;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The polygon fill and line walk on hand-checked shapes (0.5 degree grid: centres at x.25, x.75). */
class RasterTest {
    private static final GridSpec GRID = GridSpec.of(0.5);

    private static double[] box(double lon0, double lat0, double lon1, double lat1, boolean ccw) {
        return ccw ? new double[] {lon0, lat0, lon1, lat0, lon1, lat1, lon0, lat1, lon0, lat0}
                : new double[] {lon0, lat0, lon0, lat1, lon1, lat1, lon1, lat0, lon0, lat0};
    }

    private static Set<Integer> fill(List<double[]> rings) {
        Set<Integer> cells = new TreeSet<>();
        PolygonRaster.fill(GRID, rings, cells::add);
        return cells;
    }

    @Test
    void squareWithHoleFillsByCellCentre() {
        // 2 x 2 degrees = 4 x 4 centres; the 1 x 1 degree hole removes the middle 2 x 2.
        assertEquals(16, fill(List.of(box(0, 10, 2, 12, true))).size());
        assertEquals(12, fill(List.of(box(0, 10, 2, 12, true), box(0.5, 10.5, 1.5, 11.5, false))).size());
        // Ring orientation does not matter to the even-odd rule.
        assertEquals(fill(List.of(box(0, 10, 2, 12, true), box(0.5, 10.5, 1.5, 11.5, false))),
                fill(List.of(box(0, 10, 2, 12, false), box(0.5, 10.5, 1.5, 11.5, true))));
    }

    @Test
    void multiPolygonsAndShapesReachingOutsideTheBox() {
        Set<Integer> cells = new TreeSet<>();
        PolygonRaster.fillAll(GRID, List.of(List.of(box(0, 10, 1, 11, true)), List.of(box(5, 5, 6, 6, true))),
                cells::add);
        assertEquals(8, cells.size());
        // A box much larger than the study area fills the whole grid, nothing more.
        assertEquals(GRID.cells(), fill(List.of(box(-40, -10, 40, 40, true))).size());
    }

    @Test
    void aSharedBorderThroughCellCentresGivesEachCellToExactlyOnePolygon() {
        Set<Integer> west = fill(List.of(box(0, 10, 0.75, 11.75, true)));
        Set<Integer> east = fill(List.of(box(0.75, 10, 2, 11.75, true)));
        Set<Integer> both = fill(List.of(box(0, 10, 2, 11.75, true)));
        Set<Integer> overlap = new TreeSet<>(west);
        overlap.retainAll(east);
        assertTrue(overlap.isEmpty(), "cells in both halves: " + overlap);
        assertEquals(both.size(), west.size() + east.size());
    }

    @Test
    void lineWalkIsFourConnectedAndEndsInTheEndCell() {
        List<Integer> cells = new ArrayList<>();
        LineRaster.walk(GRID, new double[] {-12.9, 25.9, 16.9, 3.1}, cells::add);
        assertEquals(GRID.index(0, 0), cells.get(0));
        assertEquals(GRID.index(GRID.width() - 1, GRID.height() - 1), cells.get(cells.size() - 1));
        assertEquals(GRID.width() + GRID.height() - 1, cells.size(), "one cell per crossed boundary");
        for (int k = 1; k < cells.size(); k++) {
            int a = cells.get(k - 1), b = cells.get(k);
            int d = Math.abs(a % GRID.width() - b % GRID.width()) + Math.abs(a / GRID.width() - b / GRID.width());
            assertEquals(1, d, "cells " + k + " and " + (k - 1) + " do not share an edge");
        }
    }

    @Test
    void lineWalkHandlesAxisParallelAndDegenerateSegments() {
        // Shared vertices repeat their cell; callers set flags, so repeats are harmless.
        List<Integer> cells = new ArrayList<>();
        LineRaster.walk(GRID, new double[] {0.1, 10.1, 2.1, 10.1, 2.1, 10.1, 2.1, 8.6}, cells::add);
        assertEquals(List.of(GRID.index(26, 31), GRID.index(27, 31), GRID.index(28, 31), GRID.index(29, 31),
                GRID.index(30, 31), GRID.index(30, 31), GRID.index(30, 31), GRID.index(30, 32), GRID.index(30, 33),
                GRID.index(30, 34)),
                cells);
    }
}

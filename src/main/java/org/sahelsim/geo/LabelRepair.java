package org.sahelsim.geo;

import java.util.ArrayDeque;
import java.util.function.IntPredicate;

/**
 * Repairs a label raster (region per cell) after polygon fill: fills unlabelled cells from their
 * nearest labelled neighbour of the same group, and gives a cell to labels that no cell centre
 * fell into. All loops run in cell-index order, so results are deterministic.
 */
final class LabelRepair {
    private LabelRepair() { }

    /**
     * Gives every cell with {@code need[i]} and {@code label[i] < 0} the label of the nearest
     * labelled cell with the same {@code group} value (breadth-first over shared edges through
     * other needing cells, then, for cells that search cannot reach, the nearest such cell by
     * straight-line cell distance). Cells with no labelled cell in their group stay at -1.
     */
    static void fill(GridSpec grid, int[] label, boolean[] need, int[] group) {
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int i = 0; i < label.length; i++) {
            if (label[i] >= 0 && group[i] >= 0) {
                queue.add(i);
            }
        }
        int[] dx = {0, 0, -1, 1}, dy = {-1, 1, 0, 0};
        while (!queue.isEmpty()) {
            int i = queue.poll();
            int x = i % grid.width(), y = i / grid.width();
            for (int d = 0; d < 4; d++) {
                int nx = x + dx[d], ny = y + dy[d];
                if (grid.inBounds(nx, ny)) {
                    int j = grid.index(nx, ny);
                    if (need[j] && label[j] < 0 && group[j] == group[i]) {
                        label[j] = label[i];
                        queue.add(j);
                    }
                }
            }
        }
        boolean[] groupHasLabel = groupsWithLabels(label, group);
        for (int i = 0; i < label.length; i++) {
            if (need[i] && label[i] < 0 && group[i] >= 0 && groupHasLabel[group[i]]) {
                int g = group[i];
                int from = nearest(grid, i, j -> label[j] >= 0 && group[j] == g);
                if (from >= 0) {
                    label[i] = label[from];
                }
            }
        }
    }

    private static boolean[] groupsWithLabels(int[] label, int[] group) {
        int max = -1;
        for (int g : group) {
            max = Math.max(max, g);
        }
        boolean[] has = new boolean[max + 1];
        for (int i = 0; i < label.length; i++) {
            if (label[i] >= 0 && group[i] >= 0) {
                has[group[i]] = true;
            }
        }
        return has;
    }

    /**
     * Gives label {@code target} one cell: the cell nearest to (lon, lat) that passes
     * {@code eligible} and whose current label is unset or has more than one cell, so no other
     * label loses its last cell. Updates {@code counts}.
     *
     * @return the claimed cell, or -1 if no cell qualifies
     */
    static int claim(GridSpec grid, int[] label, int[] counts, int target, double lon, double lat,
                     IntPredicate eligible) {
        int x0 = Math.max(0, Math.min(grid.width() - 1, grid.x(lon)));
        int y0 = Math.max(0, Math.min(grid.height() - 1, grid.y(lat)));
        int cell = nearest(grid, grid.index(x0, y0),
                j -> eligible.test(j) && (label[j] < 0 || counts[label[j]] > 1));
        if (cell >= 0) {
            if (label[cell] >= 0) {
                counts[label[cell]]--;
            }
            label[cell] = target;
            counts[target]++;
        }
        return cell;
    }

    /**
     * The cell nearest to cell {@code from} (squared cell distance, ties to the lower index) that
     * passes {@code ok}, searching square rings of growing radius; -1 if none.
     */
    static int nearest(GridSpec grid, int from, IntPredicate ok) {
        int fx = from % grid.width(), fy = from / grid.width();
        int maxR = Math.max(grid.width(), grid.height());
        int best = -1;
        long bestD = Long.MAX_VALUE;
        for (int r = 0; r <= maxR; r++) {
            // Once a hit exists, rings further out than its distance cannot beat it.
            if (best >= 0 && (long) r * r > bestD) {
                break;
            }
            for (int y = fy - r; y <= fy + r; y++) {
                // Interior rows of the ring hold only its two side cells.
                int step = (y == fy - r || y == fy + r) ? 1 : Math.max(1, 2 * r);
                for (int x = fx - r; x <= fx + r; x += step) {
                    if (grid.inBounds(x, y)) {
                        int j = grid.index(x, y);
                        long d = (long) (x - fx) * (x - fx) + (long) (y - fy) * (y - fy);
                        if ((d < bestD || (d == bestD && j < best)) && ok.test(j)) {
                            best = j;
                            bestD = d;
                        }
                    }
                }
            }
        }
        return best;
    }
}

package org.sahelsim.charts;

import java.util.List;
import org.sahelsim.model.SahelMap;

/**
 * Where each cell of the map lands in the image: the crop to the study countries and the scale.
 *
 * <p>Equirectangular with its standard parallel at the crop's middle latitude, so shapes near
 * the centre keep their proportions. Cell edges are rounded to whole pixels from one formula,
 * so neighbouring cells share their edge pixel exactly and there are no seams or gaps.
 */
final class MapGeometry {
    /** ISO-3 codes of the countries the model covers; the map is cropped to them. */
    static final List<String> STUDY_COUNTRIES = List.of("MLI", "BFA", "NER", "NGA", "BEN");
    /** Sea or foreign land kept around the study countries, degrees. */
    private static final double MARGIN_DEG = 0.5;

    final SahelMap map;
    /** Crop in cells: first column and row, and their counts. */
    final int x0;
    final int y0;
    final int cols;
    final int rows;
    /** Image pixel of the crop's top-left corner. */
    final int left;
    final int top;
    /** Pixels per cell, horizontally and vertically. */
    final double sx;
    final double sy;
    private final boolean[] study;

    private MapGeometry(SahelMap map, int[] crop, boolean[] study, int left, int top, int widthPx) {
        this.map = map;
        this.x0 = crop[0];
        this.y0 = crop[1];
        this.cols = crop[2] - crop[0] + 1;
        this.rows = crop[3] - crop[1] + 1;
        this.left = left;
        this.top = top;
        this.study = study;
        this.sx = (double) widthPx / cols;
        this.sy = sx / Math.cos(Math.toRadians(midLat()));
    }

    /** Fits the study countries (or, if the map has none, the whole grid) into {@code widthPx}. */
    static MapGeometry fit(SahelMap map, int left, int top, int widthPx) {
        boolean[] study = studyMask(map);
        return new MapGeometry(map, crop(map, study), study, left, top, widthPx);
    }

    /** True if cell {@code i} lies in one of the study countries. */
    boolean isStudy(int i) {
        return study[i];
    }

    boolean inCrop(int x, int y) {
        return x >= x0 && y >= y0 && x < x0 + cols && y < y0 + rows;
    }

    /** Pixel column of the left edge of cell column {@code x} (also the right edge of x - 1). */
    int px(int x) {
        return left + (int) Math.round((x - x0) * sx);
    }

    /** Pixel row of the top edge of cell row {@code y}. */
    int py(int y) {
        return top + (int) Math.round((y - y0) * sy);
    }

    double centreX(int x) {
        return (px(x) + px(x + 1)) / 2.0;
    }

    double centreY(int y) {
        return (py(y) + py(y + 1)) / 2.0;
    }

    /** Pixel x of a longitude (continuous, not snapped to cells). */
    double lonToX(double lon) {
        return left + ((lon - SahelMap.LON_MIN) / map.res - x0) * sx;
    }

    /** Pixel y of a latitude. */
    double latToY(double lat) {
        return top + ((SahelMap.LAT_MAX - lat) / map.res - y0) * sy;
    }

    int widthPx() {
        return px(x0 + cols) - left;
    }

    int heightPx() {
        return py(y0 + rows) - top;
    }

    /** Latitude of the crop's middle, degrees north. */
    double midLat() {
        return (map.lat(y0) + map.lat(y0 + rows - 1)) / 2;
    }

    /** Per cell: true if it lies in one of {@link #STUDY_COUNTRIES}. */
    static boolean[] studyMask(SahelMap map) {
        boolean[] studyCountry = new boolean[map.countries.size()];
        for (int k = 0; k < studyCountry.length; k++) {
            studyCountry[k] = STUDY_COUNTRIES.contains(map.countries.get(k));
        }
        boolean[] mask = new boolean[map.cells()];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = map.country[i] >= 0 && studyCountry[map.country[i]];
        }
        return mask;
    }

    /** {minX, minY, maxX, maxY} of the study cells plus a margin, clamped to the grid. */
    private static int[] crop(SahelMap map, boolean[] study) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < map.height; y++) {
            for (int x = 0; x < map.width; x++) {
                if (study[map.index(x, y)]) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        if (maxX < 0) {
            return new int[] {0, 0, map.width - 1, map.height - 1};
        }
        int m = (int) Math.ceil(MARGIN_DEG / map.res - 1e-9);
        return new int[] {Math.max(0, minX - m), Math.max(0, minY - m),
            Math.min(map.width - 1, maxX + m), Math.min(map.height - 1, maxY + m)};
    }
}

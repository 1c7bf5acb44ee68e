package org.sahelsim.geo;

import org.sahelsim.model.SahelMap;

/**
 * The raster layout for one cell size: how many columns and rows cover the study box, and where
 * each cell centre lies. Uses exactly the formulas of {@link SahelMap} so that a cell found here
 * is the same cell the model sees.
 *
 * @param res    cell size in degrees, {@value #MIN_RES}..{@value #MAX_RES}
 * @param width  columns (west to east)
 * @param height rows (north to south)
 */
public record GridSpec(double res, int width, int height) {
    /** Smallest allowed cell size, degrees. */
    public static final double MIN_RES = 0.05;
    /** Largest allowed cell size, degrees. */
    public static final double MAX_RES = 0.5;
    /** Default cell size, degrees. */
    public static final double DEFAULT_RES = 0.1;
    /** Kilometres per degree of latitude on a sphere of radius 6371.0088 km. */
    public static final double KM_PER_DEGREE = 6371.0088 * Math.PI / 180.0;

    public GridSpec {
        checkRes(res);
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("grid size must be positive, got " + width + " x " + height);
        }
    }

    /** The grid that covers the study box at cell size {@code res} (degrees, 0.05..0.5). */
    public static GridSpec of(double res) {
        checkRes(res);
        return new GridSpec(res, cellsAcross(SahelMap.LON_MAX - SahelMap.LON_MIN, res),
                cellsAcross(SahelMap.LAT_MAX - SahelMap.LAT_MIN, res));
    }

    /** Throws unless {@code res} is within {@value #MIN_RES}..{@value #MAX_RES} degrees. */
    public static void checkRes(double res) {
        if (!(res >= MIN_RES - 1e-12 && res <= MAX_RES + 1e-12)) {
            throw new IllegalArgumentException("res must be within " + MIN_RES + ".." + MAX_RES
                    + " degrees, got " + res);
        }
    }

    // A span that is an exact multiple of res (within rounding) gets exactly that many cells;
    // otherwise one more, so that the whole box is covered.
    private static int cellsAcross(double span, double res) {
        double n = span / res;
        long rounded = Math.round(n);
        return Math.abs(n - rounded) < 1e-6 ? (int) rounded : (int) Math.ceil(n);
    }

    public int cells() { return width * height; }

    public int index(int x, int y) { return y * width + x; }

    public boolean inBounds(int x, int y) { return x >= 0 && y >= 0 && x < width && y < height; }

    /** Longitude of the centre of column {@code x}, degrees east. */
    public double lon(int x) { return SahelMap.LON_MIN + (x + 0.5) * res; }

    /** Latitude of the centre of row {@code y}, degrees north. */
    public double lat(int y) { return SahelMap.LAT_MAX - (y + 0.5) * res; }

    /** Column containing the longitude; may be out of bounds. */
    public int x(double lon) { return (int) Math.floor((lon - SahelMap.LON_MIN) / res); }

    /** Row containing the latitude; may be out of bounds. */
    public int y(double lat) { return (int) Math.floor((SahelMap.LAT_MAX - lat) / res); }

    /** Width of one cell in row {@code y}, km (spherical Earth). */
    public double cellWidthKm(int y) { return KM_PER_DEGREE * res * Math.cos(Math.toRadians(lat(y))); }

    /** Height of one cell, km (spherical Earth). */
    public double cellHeightKm() { return KM_PER_DEGREE * res; }
}

package org.sahelsim.geo;

import org.sahelsim.model.Climate;

/**
 * Climate band of a point from two hand-placed isohyets: the 150 mm line (Saharan / Sahelian) and
 * the 600 mm line (Sahelian / Sudanian) of mean annual rainfall.
 *
 * <p>Each isohyet is a latitude that varies linearly between the longitude knots below. The knots
 * were placed by hand from approximate long-term (roughly 1981-2010) annual rainfall at towns
 * near each line, for example Kayes, Niono, Mopti, Djibo, Dori, Niamey, Sokoto, Katsina, Maradi,
 * Maiduguri and N'Djamena for 600 mm, and Kiffa, Timbuktu, Bourem, Kidal, Tchintabaraden, In-Gall,
 * Agadez, N'Guigmi and Mao for 150 mm. It is an approximation, good to about half a degree of
 * latitude; it is not derived from a gridded rainfall product. The Natural Earth SAHARA and SAHEL
 * label polygons were not used: they overlap and reach as far south as 10 deg N.
 */
final class ClimateBands {
    private ClimateBands() { }

    /** Knot longitudes, degrees east, increasing. */
    static final double[] LON = {-13, -11, -8, -4, -2, 0, 2, 5, 8, 10, 12, 14, 17};
    /** Latitude of the 600 mm isohyet at each knot, degrees north. */
    static final double[] LAT_600 = {14.4, 14.7, 14.0, 13.9, 13.9, 13.4, 13.2, 13.3, 13.0, 12.4, 12.0, 11.9, 12.3};
    /** Latitude of the 150 mm isohyet at each knot, degrees north. */
    static final double[] LAT_150 = {17.5, 17.4, 17.3, 17.2, 17.1, 17.1, 17.6, 16.6, 17.0, 16.0, 15.2, 15.0, 15.3};

    /** Band at (lon, lat): north of the 150 mm line is Saharan, south of the 600 mm line Sudanian. */
    static Climate at(double lon, double lat) {
        if (lat >= interpolate(LAT_150, lon)) {
            return Climate.SAHARAN;
        }
        return lat >= interpolate(LAT_600, lon) ? Climate.SAHELIAN : Climate.SUDANIAN;
    }

    /** Per-cell band ordinals for the whole grid. */
    static byte[] raster(GridSpec grid) {
        byte[] out = new byte[grid.cells()];
        for (int y = 0; y < grid.height(); y++) {
            for (int x = 0; x < grid.width(); x++) {
                out[grid.index(x, y)] = (byte) at(grid.lon(x), grid.lat(y)).ordinal();
            }
        }
        return out;
    }

    /**
     * A rough mean annual rainfall at (lon, lat) in mm, read off the two isohyets: 600 mm on the
     * southern line, 150 mm on the northern one, linear in latitude between them, rising by
     * 150 mm per degree south of the 600 mm line (capped at 1,500 mm) and falling by a factor e
     * per degree north of the 150 mm line. Only used to weight rural population.
     */
    static double rainfallMm(double lon, double lat) {
        double south = interpolate(LAT_600, lon), north = interpolate(LAT_150, lon);
        if (lat <= south) {
            return Math.min(1500, 600 + 150 * (south - lat));
        }
        if (lat < north) {
            return 600 - 450 * (lat - south) / (north - south);
        }
        return 150 * Math.exp(-(lat - north));
    }

    // Piecewise-linear in longitude, held constant beyond the end knots.
    static double interpolate(double[] lat, double lon) {
        if (lon <= LON[0]) {
            return lat[0];
        }
        for (int k = 1; k < LON.length; k++) {
            if (lon <= LON[k]) {
                double t = (lon - LON[k - 1]) / (LON[k] - LON[k - 1]);
                return lat[k - 1] + t * (lat[k] - lat[k - 1]);
            }
        }
        return lat[lat.length - 1];
    }
}

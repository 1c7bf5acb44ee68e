package org.sahelsim.geo;

import java.util.List;

/**
 * Hand-entered outlines of the W-Arly-Pendjari (WAP) complex. Natural Earth has no protected
 * areas and no openly licensed park boundary file was available, so these are APPROXIMATIONS,
 * good to roughly 10-20 km, not legal boundaries.
 *
 * <p>How they were drawn: edges that follow national borders or rivers (the Pendjari river along
 * the Benin-Burkina Faso border, the Mékrou and the Niger along the Benin-Niger border) copy
 * vertices of the Natural Earth borders in the data extract; the other edges were placed so that
 * each outline sits where, and is about as large as, published descriptions put it: the UNESCO
 * World Heritage property 749bis "W-Arly-Pendjari Complex" (extended 2017, 1,714,831 ha including
 * hunting zones; decision 41 COM 8B.3), W Regional Park roughly 10,000 km² astride the "W" bends of
 * the Niger, Pendjari National Park 2,755 km² centred near 11.1 N 1.5 E, and Arly in Burkina Faso
 * north of the Pendjari river around 11.6 N 1.5 E.
 */
final class Parks {
    private Parks() { }

    /** A named outline; {@code xy} holds interleaved lon, lat vertices in degrees. */
    record Outline(String name, double[] xy) { }

    /** W Regional Park across Burkina Faso, Niger and Benin; about 10,700 km² as drawn. */
    static final Outline W = new Outline("W", new double[] {
        1.98, 11.60, 1.95, 11.95, 2.10, 12.25, 2.30, 12.48, 2.50, 12.53, 2.70, 12.48, 2.85, 12.38,
        3.00, 12.28, 3.02, 12.10, 2.95, 11.75, 2.70, 11.50, 2.35, 11.45, 2.08, 11.48});

    /** Pendjari National Park, Benin; about 3,500 km² as drawn (published 2,755 km²). */
    static final Outline PENDJARI = new Outline("Pendjari", new double[] {
        0.97, 11.03, 1.10, 11.10, 1.15, 11.27, 1.33, 11.35, 1.45, 11.46, 1.70, 11.42, 1.95, 11.44,
        1.95, 11.30, 1.75, 11.12, 1.50, 11.00, 1.20, 10.96});

    /** Arly National Park and faunal reserve, Burkina Faso; about 2,200 km² as drawn. */
    static final Outline ARLY = new Outline("Arly", new double[] {
        1.20, 11.30, 1.35, 11.36, 1.45, 11.47, 1.70, 11.43, 1.85, 11.46, 1.80, 11.70, 1.55, 11.80,
        1.30, 11.70});

    static final List<Outline> ALL = List.of(W, PENDJARI, ARLY);

    /** Per cell: true where the cell centre lies inside any outline. */
    static boolean[] raster(GridSpec grid) {
        boolean[] park = new boolean[grid.cells()];
        for (Outline o : ALL) {
            PolygonRaster.fill(grid, List.of(o.xy()), i -> park[i] = true);
        }
        return park;
    }
}

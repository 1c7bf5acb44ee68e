package org.sahelsim.geo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The source extract the builder reads (see {@code data/geo/README.md} in the shared data
 * folder): Natural Earth admin, river and lake layers, the Burkina Faso regions, and the two
 * place lists. Only needed to build a world, never at run time.
 */
record GeoData(List<GeoFeature> admin0, List<GeoFeature> admin1, List<GeoFeature> bfRegions,
               List<GeoFeature> rivers, List<GeoFeature> lakes,
               List<Place> geonames, List<Place> naturalEarth) {

    static final String ADMIN0 = "ne_admin0_countries.geojson";
    static final String ADMIN1 = "ne_admin1_states_provinces.geojson";
    static final String BF_REGIONS = "bfa_regions_from_ne_provinces.geojson";
    static final String RIVERS = "ne_rivers_lake_centerlines.geojson";
    static final String LAKES = "ne_lakes.geojson";
    static final String GEONAMES = "geonames_cities1000.csv";
    static final String NE_PLACES = "ne_populated_places.csv";

    /** The files {@link #load} needs, all directly inside the data folder. */
    static final List<String> FILES = List.of(ADMIN0, ADMIN1, BF_REGIONS, RIVERS, LAKES, GEONAMES, NE_PLACES);

    /**
     * Reads the extract from {@code dir}.
     *
     * @throws IllegalArgumentException if the folder or one of {@link #FILES} is missing
     */
    static GeoData load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("geo data folder not found: " + dir);
        }
        for (String name : FILES) {
            if (!Files.isRegularFile(dir.resolve(name))) {
                throw new IllegalArgumentException("geo data file missing: " + dir.resolve(name));
            }
        }
        return new GeoData(GeoFeature.readAll(dir.resolve(ADMIN0)), GeoFeature.readAll(dir.resolve(ADMIN1)),
                GeoFeature.readAll(dir.resolve(BF_REGIONS)), GeoFeature.readAll(dir.resolve(RIVERS)),
                GeoFeature.readAll(dir.resolve(LAKES)), Place.readGeoNames(dir.resolve(GEONAMES)),
                Place.readNaturalEarth(dir.resolve(NE_PLACES)));
    }
}

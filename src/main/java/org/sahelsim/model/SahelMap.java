package org.sahelsim.model;

import java.util.List;

/**
 * The immutable geography of the study area: a regular lon/lat raster over lon -13..17, lat 3..26.
 *
 * <p>Cells are stored in flat arrays indexed {@code i = y * width + x}. Row {@code y = 0} is the
 * northern edge (lat 26), so rows run from north to south like image rows. Cell centres are at
 * {@code lon = LON_MIN + (x + 0.5) * res} and {@code lat = LAT_MAX - (y + 0.5) * res}.
 *
 * <p>Built by the {@code geo} package from Natural Earth and GeoNames; the model only reads it.
 */
public final class SahelMap {
    public static final double LON_MIN = -13.0;
    public static final double LON_MAX = 17.0;
    public static final double LAT_MIN = 3.0;
    public static final double LAT_MAX = 26.0;

    /** Bit flags in {@link #flags}. */
    public static final int LAND = 1, RIVER = 2, NIGER_RIVER = 4, LAKE = 8, PARK = 16;

    /** Cell size in degrees (0.05..0.5). */
    public final double res;
    public final int width;
    public final int height;
    /** Per cell: bit set of {@link #LAND}, {@link #RIVER}, {@link #NIGER_RIVER}, {@link #LAKE}, {@link #PARK}. */
    public final byte[] flags;
    /** Per cell: index into {@link #countries}, or -1 outside every country. */
    public final short[] country;
    /** Per cell: index into {@link #regions} of the admin-1 region (Burkina Faso: its 13 regions), or -1. */
    public final short[] admin1;
    /** Per cell: index into {@link #regions} of the Burkina Faso province, or -1 elsewhere. */
    public final short[] province;
    /** Per cell: estimated residents in 2024 (persons; whole numbers in built maps, 0 off land). */
    public final float[] population;
    /** Per cell: climate band ordinal, see {@link Climate}. */
    public final byte[] climate;
    /** Countries as ISO 3166-1 alpha-3 codes (e.g. MLI), in index order. */
    public final List<String> countries;
    /** Admin-1 regions and Burkina Faso provinces, in index order. */
    public final List<Region> regions;
    /** Named sites: capitals, regional capitals, towns of interest and air bases. */
    public final List<Site> sites;
    /** Area of one cell per row, km² (derived once; read in every week's metrics). */
    private final double[] rowAreaKm2;
    /** Community composition per admin-1 region (recruitment); {@link Communities#NONE} when not attached. */
    public final Communities communities;
    /** Known gold-mining areas (economy); empty when not attached. */
    public final List<GoldSite> goldSites;

    public SahelMap(double res, int width, int height, byte[] flags, short[] country, short[] admin1,
                    short[] province, float[] population, byte[] climate, List<String> countries,
                    List<Region> regions, List<Site> sites) {
        this(res, width, height, flags, country, admin1, province, population, climate, countries, regions, sites,
                Communities.NONE, List.of());
    }

    private SahelMap(double res, int width, int height, byte[] flags, short[] country, short[] admin1,
                     short[] province, float[] population, byte[] climate, List<String> countries,
                     List<Region> regions, List<Site> sites, Communities communities, List<GoldSite> goldSites) {
        int n = width * height;
        if (flags.length != n || country.length != n || admin1.length != n || province.length != n
                || population.length != n || climate.length != n) {
            throw new IllegalArgumentException("SahelMap arrays must all have width*height = " + n + " cells");
        }
        this.res = res;
        this.width = width;
        this.height = height;
        this.flags = flags;
        this.country = country;
        this.admin1 = admin1;
        this.province = province;
        this.population = population;
        this.climate = climate;
        this.countries = List.copyOf(countries);
        this.regions = List.copyOf(regions);
        this.sites = List.copyOf(sites);
        this.rowAreaKm2 = new double[height];
        for (int y = 0; y < height; y++) {
            rowAreaKm2[y] = sphericalCellArea(res, y);
        }
        this.communities = communities;
        this.goldSites = List.copyOf(goldSites);
    }

    /**
     * The same grid with the human geography the recruitment and economy rules read: community
     * composition per region and known gold areas. Arrays are shared, not copied.
     */
    public SahelMap withHumanGeography(Communities communities, List<GoldSite> goldSites) {
        return new SahelMap(res, width, height, flags, country, admin1, province, population, climate, countries,
                regions, sites, communities, goldSites);
    }

    public int cells() { return width * height; }

    public int index(int x, int y) { return y * width + x; }

    public boolean inBounds(int x, int y) { return x >= 0 && y >= 0 && x < width && y < height; }

    public double lon(int x) { return LON_MIN + (x + 0.5) * res; }

    public double lat(int y) { return LAT_MAX - (y + 0.5) * res; }

    /** Column containing the longitude; may be out of bounds. */
    public int x(double lon) { return (int) Math.floor((lon - LON_MIN) / res); }

    /** Row containing the latitude; may be out of bounds. */
    public int y(double lat) { return (int) Math.floor((LAT_MAX - lat) / res); }

    public boolean isLand(int i) { return (flags[i] & LAND) != 0; }

    public boolean has(int i, int flag) { return (flags[i] & flag) != 0; }

    /** ISO-3 country code of cell {@code i}, or null. */
    public String countryOf(int i) { return country[i] < 0 ? null : countries.get(country[i]); }

    /** Admin-1 region of cell {@code i}, or null. */
    public Region regionOf(int i) { return admin1[i] < 0 ? null : regions.get(admin1[i]); }

    /** Burkina Faso province of cell {@code i}, or null outside Burkina Faso. */
    public Region provinceOf(int i) { return province[i] < 0 ? null : regions.get(province[i]); }

    /** Climate band of cell {@code i}. */
    public Climate climateOf(int i) { return BANDS[climate[i]]; }

    private static final Climate[] BANDS = Climate.values();

    /** Area of one cell in row {@code y}, in km² (spherical Earth, R = 6371.0088 km). */
    public double cellAreaKm2(int y) {
        return rowAreaKm2[y];
    }

    private static double sphericalCellArea(double res, int y) {
        double r = 6371.0088;
        double lat1 = Math.toRadians(LAT_MAX - y * res);
        double lat2 = Math.toRadians(LAT_MAX - (y + 1) * res);
        return r * r * Math.toRadians(res) * Math.abs(Math.sin(lat1) - Math.sin(lat2));
    }

    /** Index of the region with this ISO 3166-2 code (admin-1 or BF province), or -1. */
    public int regionIndex(String code) {
        for (int k = 0; k < regions.size(); k++) {
            if (regions.get(k).code().equals(code)) {
                return k;
            }
        }
        return -1;
    }

    /** The site with this name (exact match), or null. */
    public Site site(String name) {
        for (Site s : sites) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }
}

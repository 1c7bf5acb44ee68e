package org.sahelsim.geo;

import org.sahelsim.model.Region;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Country, admin-1 and Burkina Faso province rasters.
 *
 * <p>Polygons are filled by cell centre. Land cells whose admin-1 label is missing or belongs to
 * another country are filled from the nearest region of the same country. Any admin-1 region of
 * a study country (and any BF province) that no cell centre fell into, which happens for small
 * units such as Niamey or Bamako on coarse grids, is given the cell nearest its centroid, taken
 * from a region that keeps at least one other cell.
 */
final class AdminLayers {
    /** ISO-3 codes in index order: the study countries first, then the others alphabetically. */
    final List<String> countries;
    /** Per cell: index into {@link #countries}, or -1. */
    final short[] country;
    /** Admin-1 regions (ordered by country, then code), then BF provinces (by code). */
    final List<Region> regions;
    /** Per cell: index into {@link #regions}, or -1. */
    final short[] admin1;
    /** Per cell: index into {@link #regions} of the BF province, or -1. */
    final short[] province;

    private AdminLayers(List<String> countries, short[] country, List<Region> regions, short[] admin1,
                        short[] province) {
        this.countries = countries;
        this.country = country;
        this.regions = regions;
        this.admin1 = admin1;
        this.province = province;
    }

    /**
     * @param lake  per cell lake flag (lake cells are not land)
     * @param seats admin-1 code to seat (lon, lat) for the study countries, see {@link Seats}
     */
    static AdminLayers build(GridSpec grid, GeoData data, boolean[] lake, Map<String, double[]> seats) {
        List<String> allCodes = data.admin0().stream().map(f -> f.text("adm0_a3")).toList();
        int[] rawCountry = paint(grid, data.admin0());
        List<String> countries = orderCountries(allCodes, rawCountry);
        int[] toFinal = allCodes.stream().mapToInt(countries::indexOf).toArray();
        int[] country = new int[grid.cells()];
        boolean[] land = new boolean[grid.cells()];
        for (int i = 0; i < country.length; i++) {
            country[i] = rawCountry[i] < 0 ? -1 : toFinal[rawCountry[i]];
            land[i] = country[i] >= 0 && !lake[i];
        }
        Units units = Units.from(data);
        AdminLabels labels = new AdminLabels(grid, countries, country, land);
        int[] admin1 = labels.admin1(paint(grid, units.admin1Features), units.admin1, units.admin1Features, seats);
        int[] province = labels.provinces(paint(grid, units.provinceFeatures), units.provinces,
                units.provinceFeatures, admin1, units.admin1);
        return assemble(countries, country, units, admin1, province);
    }

    /** Fills every feature's polygons; a cell gets the index of the last feature covering it. */
    static int[] paint(GridSpec grid, List<GeoFeature> features) {
        int[] raster = new int[grid.cells()];
        Arrays.fill(raster, -1);
        for (int k = 0; k < features.size(); k++) {
            int label = k;
            PolygonRaster.fillAll(grid, features.get(k).polygons(), i -> raster[i] = label);
        }
        return raster;
    }

    // Countries present on the grid: the study countries in their fixed order, then the rest by code.
    private static List<String> orderCountries(List<String> allCodes, int[] raw) {
        boolean[] present = new boolean[allCodes.size()];
        for (int v : raw) {
            if (v >= 0) {
                present[v] = true;
            }
        }
        List<String> out = new ArrayList<>();
        for (String c : WorldBuilder.STUDY_COUNTRIES) {
            int k = allCodes.indexOf(c);
            if (k >= 0 && present[k]) {
                out.add(c);
            }
        }
        List<String> rest = new ArrayList<>();
        for (int k = 0; k < allCodes.size(); k++) {
            if (present[k] && !out.contains(allCodes.get(k)) && !rest.contains(allCodes.get(k))) {
                rest.add(allCodes.get(k));
            }
        }
        rest.sort(Comparator.naturalOrder());
        out.addAll(rest);
        return List.copyOf(out);
    }

    // Keeps the units that own cells, orders them, and rewrites the rasters to final indices.
    private static AdminLayers assemble(List<String> countries, int[] country, Units units, int[] admin1,
                                        int[] province) {
        List<Region> kept1 = used(units.admin1, admin1);
        kept1.sort(Comparator.comparingInt((Region r) -> countries.indexOf(r.country()))
                .thenComparing(Region::code));
        List<Region> keptP = used(units.provinces, province);
        keptP.sort(Comparator.comparing(Region::code));
        List<Region> regions = new ArrayList<>(kept1);
        regions.addAll(keptP);
        int[] a1Final = units.admin1.stream().mapToInt(regions::indexOf).toArray();
        int[] provFinal = units.provinces.stream().mapToInt(regions::indexOf).toArray();
        short[] c = new short[country.length], a = new short[country.length], p = new short[country.length];
        for (int i = 0; i < country.length; i++) {
            c[i] = (short) country[i];
            a[i] = (short) (admin1[i] < 0 ? -1 : a1Final[admin1[i]]);
            p[i] = (short) (province[i] < 0 ? -1 : provFinal[province[i]]);
        }
        return new AdminLayers(countries, c, List.copyOf(regions), a, p);
    }

    private static List<Region> used(List<Region> units, int[] raster) {
        boolean[] seen = new boolean[units.size()];
        for (int v : raster) {
            if (v >= 0) {
                seen[v] = true;
            }
        }
        List<Region> out = new ArrayList<>();
        for (int k = 0; k < units.size(); k++) {
            if (seen[k]) {
                out.add(units.get(k));
            }
        }
        return out;
    }

    /** The admin-1 units (BF: its 13 regions) and the BF provinces, with their features. */
    private record Units(List<Region> admin1, List<GeoFeature> admin1Features,
                         List<Region> provinces, List<GeoFeature> provinceFeatures) {
        static Units from(GeoData data) {
            List<Region> a1 = new ArrayList<>(), prov = new ArrayList<>();
            List<GeoFeature> a1f = new ArrayList<>(), provf = new ArrayList<>();
            for (GeoFeature f : data.admin1()) {
                String cc = f.text("adm0_a3");
                Region r = new Region(f.text("iso_3166_2"), f.text("name"), cc,
                        "BFA".equals(cc) ? f.text("bf_region_code") : null);
                (r.isProvince() ? prov : a1).add(r);
                (r.isProvince() ? provf : a1f).add(f);
            }
            for (GeoFeature f : data.bfRegions()) {
                a1.add(new Region(f.text("region_code"), f.text("name"), "BFA", null));
                a1f.add(f);
            }
            return new Units(a1, a1f, prov, provf);
        }
    }
}

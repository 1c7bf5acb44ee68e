package org.sahelsim.geo;

import org.sahelsim.model.SahelMap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link SahelMap} from the Natural Earth / GeoNames extract. Deterministic: the same
 * data and cell size always give the same map, and the same bytes through {@link WorldCodec}.
 *
 * <p>Only needed at build time; the model loads the committed result with
 * {@link WorldResources#load(double)}. See {@code docs/world-data.md} for how each layer is made.
 */
public final class WorldBuilder {
    /** The study countries (ISO-3), in the order they take in {@link SahelMap#countries}. */
    public static final List<String> STUDY_COUNTRIES = List.of("MLI", "BFA", "NER", "NGA", "BEN");
    /**
     * Natural Earth rivers with {@code scalerank} at or below this are flagged {@link SahelMap#RIVER}:
     * the Niger (3), Benue and Senegal (4), the Voltas (5-6), Chari (6), and Bani, Sokoto, Kaduna,
     * Mariga, Logone, Ouémé, Komoé, Gambia (7). Komadugu Yobe, Oti and Gongola (8) are left out.
     */
    public static final int RIVER_MAX_SCALERANK = 7;
    /** Natural Earth name of the river flagged {@link SahelMap#NIGER_RIVER}. */
    public static final String NIGER = "Niger";

    private final GeoData data;

    private WorldBuilder(GeoData data) {
        this.data = data;
    }

    /**
     * Reads the extract from a folder.
     *
     * @throws IllegalArgumentException if the folder or one of its files is missing
     */
    public static WorldBuilder fromDirectory(Path dir) throws IOException {
        return new WorldBuilder(GeoData.load(dir));
    }

    /** Builds the map at cell size {@code res} (degrees, 0.05..0.5). */
    public SahelMap build(double res) {
        GridSpec grid = GridSpec.of(res);
        boolean[] lake = new boolean[grid.cells()];
        data.lakes().forEach(f -> PolygonRaster.fillAll(grid, f.polygons(), i -> lake[i] = true));
        List<Seats.Seat> seats = Seats.find(data);
        Map<String, double[]> seatPoints = new HashMap<>();
        seats.forEach(s -> seatPoints.put(s.region(), new double[] {s.place().lon(), s.place().lat()}));
        AdminLayers admin = AdminLayers.build(grid, data, lake, seatPoints);
        int[] country = new int[grid.cells()];
        boolean[] land = new boolean[grid.cells()];
        for (int i = 0; i < country.length; i++) {
            country[i] = admin.country[i];
            land[i] = country[i] >= 0 && !lake[i];
        }
        byte[] climate = ClimateBands.raster(grid);
        boolean[] park = Parks.raster(grid);
        List<PopulationGrid.Source> sources = populationSources(admin.countries);
        double[] target = PopulationTotals.targets(data.admin0(), admin.countries,
                PopulationGrid.listed(sources, admin.countries.size()));
        byte[] flags = flags(grid, land, lake, park);
        boolean[] river = new boolean[grid.cells()];
        for (int i = 0; i < river.length; i++) {
            river[i] = (flags[i] & SahelMap.RIVER) != 0;
        }
        float[] population = PopulationGrid.build(grid, sources, country, land, park, river, target);
        return new SahelMap(res, grid.width(), grid.height(), flags, admin.country, admin.admin1, admin.province,
                population, climate, admin.countries, admin.regions, SiteCatalog.build(grid, data, seats, admin));
    }

    /** Target population per country (persons), as {@link #build} scales to; keyed by ISO-3. */
    Map<String, Double> populationTargets(List<String> countries) {
        List<PopulationGrid.Source> sources = populationSources(countries);
        double[] t = PopulationTotals.targets(data.admin0(), countries, PopulationGrid.listed(sources, countries.size()));
        Map<String, Double> out = new HashMap<>();
        for (int c = 0; c < t.length; c++) {
            out.put(countries.get(c), t[c]);
        }
        return out;
    }

    /**
     * GeoNames places, with Natural Earth's pop_max where GeoNames gives 0 (same geonameid). The
     * place figures come from various years; they are taken as {@value PopulationTotals#BASE_YEAR}
     * values and grown like their country's total to {@value PopulationTotals#REFERENCE_YEAR}.
     */
    private List<PopulationGrid.Source> populationSources(List<String> countries) {
        Map<Long, Long> nePop = new HashMap<>();
        data.naturalEarth().forEach(p -> nePop.putIfAbsent(p.geonameId(), p.population()));
        List<PopulationGrid.Source> out = new ArrayList<>();
        for (Place p : data.geonames()) {
            long pop = p.population() > 0 ? p.population() : nePop.getOrDefault(p.geonameId(), 0L);
            out.add(new PopulationGrid.Source(p.lon(), p.lat(), countries.indexOf(p.country()),
                    PopulationTotals.projected(p.country(), pop)));
        }
        return out;
    }

    private byte[] flags(GridSpec grid, boolean[] land, boolean[] lake, boolean[] park) {
        byte[] flags = new byte[grid.cells()];
        for (int i = 0; i < flags.length; i++) {
            int f = (land[i] ? SahelMap.LAND : 0) | (lake[i] ? SahelMap.LAKE : 0)
                    | (park[i] && land[i] ? SahelMap.PARK : 0);
            flags[i] = (byte) f;
        }
        for (GeoFeature river : data.rivers()) {
            boolean niger = NIGER.equals(river.text("name"));
            if (niger || river.number("scalerank", Double.MAX_VALUE) <= RIVER_MAX_SCALERANK) {
                int bits = SahelMap.RIVER | (niger ? SahelMap.NIGER_RIVER : 0);
                river.lines().forEach(line -> LineRaster.walk(grid, line, i -> flags[i] |= (byte) bits));
            }
        }
        return flags;
    }
}

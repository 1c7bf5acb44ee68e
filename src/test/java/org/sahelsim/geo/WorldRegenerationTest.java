package org.sahelsim.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sahelsim.model.SahelMap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed maps are exactly what the builder makes from the source data. Skipped (with a
 * message) when {@code ../shared/data/geo} is absent.
 */
class WorldRegenerationTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.5})
    void rebuildingGivesTheCommittedBytes(double res) throws IOException {
        SahelMap built = GeoTestSupport.builder().build(res);
        byte[] committed = GeoTestSupport.committed(res);
        assertArrayEquals(WorldCodec.payload(WorldCodec.decode(committed)), WorldCodec.payload(built),
                "committed " + WorldResources.fileName(res) + " is out of date: run `world build --res " + res + "`");
        assertArrayEquals(committed, WorldCodec.encode(built),
                "same content but different compressed bytes: this JDK's deflate differs from the one that wrote it");
    }

    @Test
    void buildingTwiceGivesTheSameBytes() throws IOException {
        WorldBuilder b = GeoTestSupport.builder();
        assertArrayEquals(WorldCodec.encode(b.build(0.5)), WorldCodec.encode(b.build(0.5)));
    }

    @Test
    void outlineAreasInTheTestsAreThoseOfTheSourceData() throws IOException {
        GeoData data = GeoData.load(GeoTestSupport.requireData());
        for (GeoFeature f : data.admin0()) {
            Double expected = WorldAreaPopulationTest.OUTLINE_KM2.get(f.text("adm0_a3"));
            if (expected != null) {
                WorldAreaPopulationTest.assertWithin(outlineKm2(f.polygons()), expected, 0.001, f.text("adm0_a3"));
            }
        }
    }

    @Test
    void populationTargetsInTheTestsAreThoseOfTheSourceData() throws IOException {
        GeoData data = GeoData.load(GeoTestSupport.requireData());
        for (GeoFeature f : data.admin0()) {
            Double est = WorldAreaPopulationTest.POP_EST_2017.get(f.text("adm0_a3"));
            if (est != null) {
                assertEquals(est, f.number("pop_est", -1), f.text("adm0_a3"));
                assertEquals(PopulationTotals.BASE_YEAR, (int) f.number("pop_year", -1));
            }
        }
        SahelMap m = WorldResources.load(0.25);
        Map<String, Double> targets = GeoTestSupport.builder().populationTargets(m.countries);
        WorldAreaPopulationTest.POP_EST_2017.forEach((iso, est) ->
                assertEquals(PopulationTotals.projected(iso, est), targets.get(iso), 1e-3, iso));
        // Neighbours cut by the box get less than their national total, never more.
        assertTrue(targets.get("DZA") < 0.05 * PopulationTotals.projected("DZA", 40_969_443));
    }

    @Test
    void aMissingDataFolderIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorldBuilder.fromDirectory(Path.of("no-such-folder")));
        assertTrue(e.getMessage().contains("no-such-folder"), e.getMessage());
    }

    // Area on a sphere of radius 6371.0088 km, edges taken as straight in (lon, sin lat).
    private static double outlineKm2(List<List<double[]>> polygons) {
        double r = 6371.0088, total = 0;
        for (List<double[]> polygon : polygons) {
            for (int k = 0; k < polygon.size(); k++) {
                double a = ringArea(polygon.get(k)) * r * r;
                total += k == 0 ? a : -a;
            }
        }
        return total;
    }

    private static double ringArea(double[] ring) {
        double sum = 0;
        int n = ring.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            sum += Math.toRadians(ring[2 * j] - ring[2 * i])
                    * (2 + Math.sin(Math.toRadians(ring[2 * i + 1])) + Math.sin(Math.toRadians(ring[2 * j + 1])));
        }
        return Math.abs(sum) / 2;
    }
}

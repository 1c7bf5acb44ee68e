package org.sahelsim.geo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Climate;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.Site;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rivers, lakes, parks and climate bands of the committed maps. */
class WorldHydrographyTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.1, 0.25, 0.5})
    void nigerRunsUnbrokenFromMaliThroughNiameyToNigeria(double res) {
        SahelMap m = WorldResources.load(res);
        int start = nearestNigerCell(m, m.site("Bamako"));
        assertEquals("MLI", m.countryOf(start));
        int[] steps = stepsAlongNiger(m, start);
        int niamey = nearestNigerCell(m, m.site("Niamey"));
        assertTrue(steps[niamey] >= 0, "Niamey is not reachable along the Niger from Bamako");
        // The river may not jump: the walk must be at least as long as the straight line.
        int manhattan = Math.abs(niamey % m.width - start % m.width) + Math.abs(niamey / m.width - start / m.width);
        assertTrue(steps[niamey] >= manhattan);
        int lokoja = nearestNigerCell(m, new Site("Lokoja", Site.SiteKind.TOWN, 6.74, 7.80, null, 0));
        assertEquals("NGA", m.countryOf(lokoja));
        assertTrue(steps[lokoja] > steps[niamey], "the Niger does not continue from Niamey into Nigeria");
        Set<String> countries = new TreeSet<>();
        for (int i = 0; i < m.cells(); i++) {
            if (steps[i] >= 0 && steps[i] <= steps[lokoja] && m.countryOf(i) != null) {
                countries.add(m.countryOf(i));
            }
        }
        assertTrue(countries.containsAll(Set.of("MLI", "NER", "NGA")), "countries on the way: " + countries);
    }

    @Test
    void nigerCellsAreRiverCellsAndOtherRiversExist() {
        SahelMap m = WorldResources.load(0.1);
        int niger = 0, river = 0;
        for (int i = 0; i < m.cells(); i++) {
            if (m.has(i, SahelMap.NIGER_RIVER)) {
                niger++;
                assertTrue(m.has(i, SahelMap.RIVER));
            }
            river += m.has(i, SahelMap.RIVER) ? 1 : 0;
        }
        assertTrue(niger > 300 && niger < 800, "Niger cells at 0.1: " + niger);
        assertTrue(river > 3 * niger, "other major rivers missing: " + river);
        Site sokoto = m.site("Sokoto");
        assertTrue(anyWithin(m, sokoto.lon(), sokoto.lat(), 2, SahelMap.RIVER), "Sokoto river not near Sokoto");
    }

    @Test
    void lakeChadIsWaterNotLand() {
        SahelMap m = WorldResources.load(0.1);
        int lake = 0;
        for (int y = m.y(14.5); y <= m.y(12.5); y++) {
            for (int x = m.x(13.0); x <= m.x(15.5); x++) {
                int i = m.index(x, y);
                if (m.has(i, SahelMap.LAKE)) {
                    lake++;
                    assertTrue(!m.isLand(i) && m.population[i] == 0);
                }
            }
        }
        assertTrue(lake >= 5, "Lake Chad cells: " + lake);
    }

    @Test
    void parksCoverTheWArlyPendjariComplex() {
        SahelMap m = WorldResources.load(0.1);
        Set<String> regions = new TreeSet<>();
        double area = 0;
        for (int i = 0; i < m.cells(); i++) {
            if (m.has(i, SahelMap.PARK)) {
                regions.add(m.regionOf(i).code());
                area += m.cellAreaKm2(i / m.width);
                assertTrue(m.lon(i % m.width) > 0.8 && m.lon(i % m.width) < 3.2 && m.lat(i / m.width) > 10.8
                        && m.lat(i / m.width) < 12.7, "park cell outside the WAP area");
            }
        }
        assertTrue(regions.containsAll(Set.of("BJ-AK", "BJ-AL", "BF-08", "NE-6")), "park regions: " + regions);
        assertTrue(area > 10_000 && area < 22_000, "park area " + area + " km²");
    }

    @Test
    void climateBandsRunNorthToSouth() {
        SahelMap m = WorldResources.load(0.1);
        assertEquals(Climate.SAHARAN, band(m, "Taoudenni"));
        assertEquals(Climate.SAHARAN, band(m, "Kidal"));
        assertEquals(Climate.SAHELIAN, band(m, "Niamey"));
        assertEquals(Climate.SAHELIAN, band(m, "Ménaka"));
        assertEquals(Climate.SAHELIAN, band(m, "Dori"));
        assertEquals(Climate.SUDANIAN, band(m, "Bamako"));
        assertEquals(Climate.SUDANIAN, band(m, "Ouagadougou"));
        assertEquals(Climate.SUDANIAN, band(m, "Kano"));
        for (int x = 0; x < m.width; x++) {
            for (int y = 1; y < m.height; y++) {
                assertTrue(m.climate[m.index(x, y)] >= m.climate[m.index(x, y - 1)], "bands must not reverse southwards");
            }
        }
    }

    private static Climate band(SahelMap m, String site) {
        Site s = m.site(site);
        return Climate.values()[m.climate[GeoTestSupport.cellAt(m, s.lon(), s.lat())]];
    }

    private static boolean anyWithin(SahelMap m, double lon, double lat, int r, int flag) {
        for (int dy = -r; dy <= r; dy++) {
            for (int dx = -r; dx <= r; dx++) {
                int x = m.x(lon) + dx, y = m.y(lat) + dy;
                if (m.inBounds(x, y) && m.has(m.index(x, y), flag)) {
                    return true;
                }
            }
        }
        return false;
    }

    // The Niger cell nearest to a site (within a few cells), or a failure.
    private static int nearestNigerCell(SahelMap m, Site s) {
        int best = -1;
        int bestD = Integer.MAX_VALUE;
        for (int dy = -3; dy <= 3; dy++) {
            for (int dx = -3; dx <= 3; dx++) {
                int x = m.x(s.lon()) + dx, y = m.y(s.lat()) + dy;
                if (m.inBounds(x, y) && m.has(m.index(x, y), SahelMap.NIGER_RIVER) && dx * dx + dy * dy < bestD) {
                    best = m.index(x, y);
                    bestD = dx * dx + dy * dy;
                }
            }
        }
        assertTrue(best >= 0, "no Niger cell within 3 cells of " + s.name());
        return best;
    }

    // Breadth-first steps from start through edge-sharing Niger cells; -1 where unreachable.
    private static int[] stepsAlongNiger(SahelMap m, int start) {
        int[] steps = new int[m.cells()];
        Arrays.fill(steps, -1);
        steps[start] = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        int[][] dirs = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        while (!queue.isEmpty()) {
            int i = queue.poll();
            for (int[] d : dirs) {
                int x = i % m.width + d[0], y = i / m.width + d[1];
                if (m.inBounds(x, y)) {
                    int j = m.index(x, y);
                    if (steps[j] < 0 && m.has(j, SahelMap.NIGER_RIVER)) {
                        steps[j] = steps[i] + 1;
                        queue.add(j);
                    }
                }
            }
        }
        return steps;
    }
}

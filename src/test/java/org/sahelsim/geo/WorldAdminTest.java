package org.sahelsim.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sahelsim.model.Region;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.Site;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Administrative layers of the committed maps. */
class WorldAdminTest {

    private static String regionAtSite(SahelMap m, String site) {
        Site s = m.site(site);
        assertNotNull(s, "site missing: " + site);
        Region r = m.regionOf(GeoTestSupport.cellAt(m, s.lon(), s.lat()));
        assertNotNull(r, "no region at the cell of " + site);
        assertEquals(r.code(), s.region(), "site region must be the region of its cell: " + site);
        return r.code();
    }

    @Test
    void keyPlacesLieInTheirAdmin1Regions() {
        SahelMap m = WorldResources.load(0.1);
        assertEquals("NE-8", regionAtSite(m, "Niamey"));
        assertEquals("ML-9", regionAtSite(m, "Ménaka"));
        assertEquals("NG-SO", regionAtSite(m, "Sokoto"));
        assertEquals("NE-6", regionAtSite(m, "Tillabéri"));
        assertEquals("BF-03", regionAtSite(m, "Ouagadougou"));
        assertEquals("Centre", m.regions.get(m.regionIndex("BF-03")).name());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.1, 0.25, 0.5})
    void everyStudyLandCellHasARegionOfItsOwnCountry(double res) {
        SahelMap m = WorldResources.load(res);
        int studyCells = 0;
        for (int i = 0; i < m.cells(); i++) {
            String c = m.countryOf(i);
            if (m.isLand(i) && WorldBuilder.STUDY_COUNTRIES.contains(c)) {
                studyCells++;
                Region r = m.regionOf(i);
                assertNotNull(r, "land cell without admin-1 region at " + m.lon(i % m.width) + "," + m.lat(i / m.width));
                assertEquals(c, r.country(), "cell region from another country");
                assertTrue(!r.isProvince(), "admin1 must not point at a province");
            }
        }
        assertTrue(studyCells > 0);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.1, 0.25, 0.5})
    void burkinaCellsHaveAProvinceInsideTheirRegion(double res) {
        SahelMap m = WorldResources.load(res);
        for (int i = 0; i < m.cells(); i++) {
            if (m.isLand(i) && "BFA".equals(m.countryOf(i))) {
                assertTrue(m.province[i] >= 0, "BF land cell without province");
                Region p = m.regions.get(m.province[i]);
                assertTrue(p.isProvince());
                assertEquals(m.regionOf(i).code(), p.parent(), "province " + p.code() + " outside its region");
            } else {
                assertEquals(-1, m.province[i], "province set outside Burkina Faso land");
            }
        }
    }

    @Test
    void allStudyRegionsAndAllBurkinaProvincesAreOnTheGrid() {
        SahelMap m = WorldResources.load(0.1);
        long bfRegions = m.regions.stream().filter(r -> !r.isProvince() && r.country().equals("BFA")).count();
        long bfProvinces = m.regions.stream().filter(Region::isProvince).count();
        assertEquals(13, bfRegions);
        assertEquals(45, bfProvinces);
        assertEquals(11, count(m, "MLI"));
        assertEquals(8, count(m, "NER"));
        assertEquals(37, count(m, "NGA"));
        assertEquals(12, count(m, "BEN"));
        assertTrue(m.regions.stream().allMatch(r -> r.code().equals(r.code().strip()) && !r.name().isBlank()));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.25, 0.5})
    void smallCapitalRegionsSurviveCoarseGrids(double res) {
        SahelMap m = WorldResources.load(res);
        for (String code : new String[] {"NE-8", "ML-BKO", "BF-03", "NG-FC", "BJ-LI"}) {
            int k = m.regionIndex(code);
            assertTrue(k >= 0, code + " missing at res " + res);
            boolean owns = false;
            for (short a : m.admin1) {
                owns |= a == k;
            }
            assertTrue(owns, code + " has no cell at res " + res);
        }
        assertEquals("NE-8", m.site("Niamey").region());
        assertEquals("ML-BKO", m.site("Bamako").region());
    }

    @Test
    void countriesStartWithTheStudyCountries() {
        SahelMap m = WorldResources.load(0.1);
        assertEquals(WorldBuilder.STUDY_COUNTRIES, m.countries.subList(0, 5));
        assertTrue(m.countries.containsAll(List.of("TCD", "DZA", "GHA", "TGO", "CMR")));
    }

    private static long count(SahelMap m, String iso3) {
        return m.regions.stream().filter(r -> !r.isProvince() && r.country().equals(iso3)).count();
    }
}

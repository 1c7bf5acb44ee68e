package org.sahelsim.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Community;
import org.sahelsim.model.Region;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.SahelModel;

/**
 * The committed community table (communities-admin1.csv): complete, well formed, consistent with
 * the national figures it is checked against (weighted by the map's population), and with where the
 * brief and standard descriptions place each community.
 */
class CommunityTableTest {
    private static final Map<String, Map<Community, Double>> TABLE = HumanGeography.communityTable();
    private static final SahelMap MAP = WorldResources.load(0.1);

    @Test
    void everyAdmin1RegionOfTheStudyCountriesIsListedOnceAndSumsToOne() {
        List<String> missing = new ArrayList<>();
        for (Region r : MAP.regions) {
            if (!r.isProvince() && SahelModel.STUDY_COUNTRIES.contains(r.country()) && !TABLE.containsKey(r.code())) {
                missing.add(r.code());
            }
        }
        assertTrue(missing.isEmpty(), "regions without a composition: " + missing);
        TABLE.forEach((code, row) -> {
            assertEquals(1.0, row.values().stream().mapToDouble(Double::doubleValue).sum(), 0.005, code);
            row.forEach((c, v) -> assertTrue(v >= 0 && v <= 1, code + " " + c + " = " + v));
            assertTrue(MAP.regionIndex(code) >= 0, code + " is not a region of the map");
        });
    }

    @Test
    void theMapCarriesTheTable() {
        int menaka = MAP.regionIndex("ML-9");
        assertEquals(TABLE.get("ML-9").get(Community.TUAREG), MAP.communities.share(menaka, Community.TUAREG), 1e-6);
    }

    /** National share of a community, weighting each region by the map's population. */
    private static double national(String iso, Community c) {
        double pop = 0;
        double members = 0;
        for (int i = 0; i < MAP.cells(); i++) {
            Region r = MAP.regionOf(i);
            if (r != null && r.country().equals(iso)) {
                pop += MAP.population[i];
                members += MAP.population[i] * TABLE.get(r.code()).get(c);
            }
        }
        return members / pop;
    }

    /**
     * National figures: Mali RGPH 2009 as reported by the CIA World Factbook; Burkina Faso 2010 and
     * Niger 2006 estimates (CIA World Factbook, from the censuses); Benin RGPH 2013; Nigeria, which
     * has no ethnic census, CIA World Factbook 2018 estimates. Tolerances allow for the rounding of
     * the regional shares and for the map's population estimate.
     */
    @Test
    void nationalSharesMatchThePublishedFigures() {
        Object[][] figures = {
                {"MLI", Community.FULANI, 0.133, 0.05}, {"MLI", Community.SONGHAI, 0.059, 0.03}, {"MLI", Community.TUAREG, 0.017, 0.03},
                {"BFA", Community.MOSSI, 0.52, 0.08}, {"BFA", Community.FULANI, 0.084, 0.04}, {"BFA", Community.GOURMANTCHE, 0.07, 0.03},
                {"BFA", Community.TUAREG, 0.019, 0.02},
                {"NER", Community.HAUSA, 0.531, 0.06}, {"NER", Community.SONGHAI, 0.212, 0.04}, {"NER", Community.TUAREG, 0.11, 0.04},
                {"NER", Community.FULANI, 0.065, 0.04}, {"NER", Community.KANURI, 0.059, 0.03},
                {"BEN", Community.BARIBA, 0.096, 0.03}, {"BEN", Community.FULANI, 0.086, 0.03}, {"BEN", Community.SONGHAI, 0.029, 0.02},
                {"NGA", Community.HAUSA, 0.30, 0.08}, {"NGA", Community.FULANI, 0.06, 0.04}, {"NGA", Community.KANURI, 0.024, 0.02}};
        List<String> off = new ArrayList<>();
        for (Object[] f : figures) {
            double v = national((String) f[0], (Community) f[1]);
            if (Math.abs(v - (double) f[2]) > (double) f[3]) {
                off.add(f[0] + " " + f[1] + ": table gives " + String.format("%.3f", v) + ", published " + f[2] + " ± " + f[3]);
            }
        }
        assertTrue(off.isEmpty(), String.join("\n", off));
    }

    private static Community largest(String code) {
        return TABLE.get(code).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    @Test
    void regionsHaveTheCommunitiesTheBriefAndStandardDescriptionsGiveThem() {
        assertEquals(Community.TUAREG, largest("ML-8"), "Kidal");
        assertEquals(Community.TUAREG, largest("ML-9"), "Ménaka: Tuareg factions and the Daoussak (brief)");
        assertTrue(TABLE.get("ML-9").get(Community.FULANI) >= 0.2, "Ménaka has the Fulani that ISSP recruits (brief)");
        assertEquals(Community.FULANI, largest("BF-12"), "Burkina Faso's Sahel region");
        assertEquals(Community.GOURMANTCHE, largest("BF-08"), "Burkina Faso's Est");
        assertEquals(Community.MOSSI, largest("BF-05"), "Centre-Nord");
        assertEquals(Community.SONGHAI, largest("NE-6"), "Tillabéri");
        assertEquals(Community.SONGHAI, largest("NE-3"), "Dosso");
        assertEquals(Community.HAUSA, largest("NE-5"), "Tahoua");
        assertEquals(Community.KANURI, largest("NE-2"), "Diffa");
        assertEquals(Community.KANURI, largest("NG-BO"), "Borno");
        assertEquals(Community.HAUSA, largest("NG-SO"), "Sokoto");
        assertEquals(Community.BARIBA, largest("BJ-BO"), "Borgou");
        assertEquals(Community.SONGHAI, largest("ML-7"), "Gao");
        assertTrue(TABLE.get("ML-5").get(Community.FULANI) >= 0.3, "Mopti: Katiba Macina's Fulani of the inner delta");
    }
}

package org.sahelsim.geo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Region;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.Site;
import org.sahelsim.model.Site.SiteKind;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Named sites: present at every resolution, with exact names, kinds and regions. */
class WorldSitesTest {

    /** Site name to {kind, region} as the model expects them at 0.1 degrees. */
    private static final Map<String, Object[]> REQUIRED = Map.ofEntries(
            Map.entry("Bamako", new Object[] {SiteKind.CAPITAL, "ML-BKO"}),
            Map.entry("Ouagadougou", new Object[] {SiteKind.CAPITAL, "BF-03"}),
            Map.entry("Niamey", new Object[] {SiteKind.CAPITAL, "NE-8"}),
            Map.entry("Abuja", new Object[] {SiteKind.CAPITAL, "NG-FC"}),
            Map.entry("Porto-Novo", new Object[] {SiteKind.CAPITAL, "BJ-OU"}),
            Map.entry("Ménaka", new Object[] {SiteKind.REGIONAL_CAPITAL, "ML-9"}),
            Map.entry("Ansongo", new Object[] {SiteKind.TOWN, "ML-7"}),
            Map.entry("Tillabéri", new Object[] {SiteKind.REGIONAL_CAPITAL, "NE-6"}),
            Map.entry("Tahoua", new Object[] {SiteKind.REGIONAL_CAPITAL, "NE-5"}),
            Map.entry("Agadez", new Object[] {SiteKind.REGIONAL_CAPITAL, "NE-1"}),
            Map.entry("Sokoto", new Object[] {SiteKind.REGIONAL_CAPITAL, "NG-SO"}),
            Map.entry("Kandi", new Object[] {SiteKind.REGIONAL_CAPITAL, "BJ-AL"}),
            Map.entry("Malanville", new Object[] {SiteKind.TOWN, "BJ-AL"}),
            Map.entry("Gao", new Object[] {SiteKind.REGIONAL_CAPITAL, "ML-7"}),
            Map.entry("Dori", new Object[] {SiteKind.REGIONAL_CAPITAL, "BF-12"}),
            Map.entry("Gaoua", new Object[] {SiteKind.REGIONAL_CAPITAL, "BF-13"}),
            Map.entry("Cotonou", new Object[] {SiteKind.REGIONAL_CAPITAL, "BJ-LI"}),
            Map.entry("Maiduguri", new Object[] {SiteKind.REGIONAL_CAPITAL, "NG-BO"}),
            Map.entry("Niamey Base 101", new Object[] {SiteKind.AIR_BASE, "NE-8"}),
            Map.entry("Tahoua Base 401", new Object[] {SiteKind.AIR_BASE, "NE-5"}),
            // The airport lies just south of Natural Earth's Bamako district outline.
            Map.entry("Bamako-Sénou", new Object[] {SiteKind.AIR_BASE, "ML-2"}),
            Map.entry("Agadez Base 201", new Object[] {SiteKind.AIR_BASE, "NE-1"}),
            Map.entry("Ouagadougou Air Base", new Object[] {SiteKind.AIR_BASE, "BF-03"}));

    @Test
    void requiredSitesHaveTheirKindAndRegion() {
        SahelMap m = WorldResources.load(0.1);
        REQUIRED.forEach((name, expected) -> {
            Site s = m.site(name);
            assertNotNull(s, "site missing: " + name);
            assertEquals(expected[0], s.kind(), name);
            assertEquals(expected[1], s.region(), name);
            assertEquals(s.kind() == SiteKind.AIR_BASE, s.population() == 0, name + " population " + s.population());
        });
    }

    /**
     * On the 0.5 degree grid a few seats share a cell with another (Koulikoro with Bamako, Dogbo
     * with Lokossa, ...), so this holds up to 0.25 degrees only.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.1, 0.25})
    void everyStudyRegionHasExactlyOneSeatInsideIt(double res) {
        SahelMap m = WorldResources.load(res);
        Set<String> seen = new HashSet<>();
        for (Site s : m.sites) {
            if (s.kind() == SiteKind.CAPITAL || s.kind() == SiteKind.REGIONAL_CAPITAL) {
                assertTrue(seen.add(s.region()), "two seats in " + s.region() + " at res " + res);
            }
        }
        for (Region r : m.regions) {
            if (!r.isProvince() && WorldBuilder.STUDY_COUNTRIES.contains(r.country())) {
                assertTrue(seen.contains(r.code()), "no seat in " + r.code() + " at res " + res);
            }
        }
        assertEquals(5, m.sites.stream().filter(s -> s.kind() == SiteKind.CAPITAL).count());
        assertEquals(81, seen.size(), "admin-1 regions of the study countries: 11 + 13 + 8 + 37 + 12");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.1, 0.25, 0.5})
    void siteNamesAreUniqueAndStableAcrossResolutions(double res) {
        SahelMap m = WorldResources.load(res);
        List<String> names = m.sites.stream().map(Site::name).toList();
        assertEquals(names.size(), new HashSet<>(names).size(), "duplicate site names");
        assertEquals(WorldResources.load(0.1).sites.stream().map(Site::name).toList(), names);
        for (Site s : m.sites) {
            assertNotNull(s.region(), s.name());
            assertTrue(m.regionIndex(s.region()) >= 0, s.name() + " region not in the region list");
            assertTrue(m.inBounds(m.x(s.lon()), m.y(s.lat())), s.name() + " outside the grid");
        }
        for (String name : SiteCatalog.TOWNS) {
            assertNotNull(m.site(name), "town missing: " + name);
        }
        SiteCatalog.AIR_BASES.forEach(b -> assertNotNull(m.site(b.name()), "air base missing: " + b.name()));
    }
}

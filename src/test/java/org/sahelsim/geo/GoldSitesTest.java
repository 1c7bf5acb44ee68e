package org.sahelsim.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.GoldSite;
import org.sahelsim.model.SahelMap;

/** The committed gold areas (gold-sites.csv): each on land of the country it names, names unique. */
class GoldSitesTest {
    private static final List<GoldSite> SITES = HumanGeography.goldSites();

    @Test
    void everySiteLiesInItsCountryAtEveryResolution() {
        for (double res : WorldResources.AVAILABLE) {
            SahelMap map = WorldResources.load(res);
            assertEquals(SITES, map.goldSites, "the map carries the table at " + res);
            for (GoldSite g : SITES) {
                int x = map.x(g.lon());
                int y = map.y(g.lat());
                assertTrue(map.inBounds(x, y), g.name());
                assertEquals(g.country(), map.countryOf(map.index(x, y)), g.name() + " at " + res + "°");
            }
        }
    }

    @Test
    void namesAreUniqueAndTheTableHasBothKinds() {
        Set<String> names = new HashSet<>();
        for (GoldSite g : SITES) {
            assertTrue(names.add(g.name()), "listed twice: " + g.name());
        }
        assertTrue(SITES.stream().anyMatch(g -> g.kind() == GoldSite.Kind.ARTISANAL));
        assertTrue(SITES.stream().anyMatch(g -> g.kind() == GoldSite.Kind.INDUSTRIAL));
        assertTrue(SITES.stream().anyMatch(g -> g.name().startsWith("Intahaka")), "the contested Intahaka site (Gao)");
    }
}

package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.testing.MicroWorld;

/** Where a ceasefire applies, on the micro map (west half NE-6, east half NG-SO). */
class TruceScopeTest {
    private static final SahelMap MAP = MicroWorld.MAP;

    @Test
    void noRegionAndNoSiteIsEverywhere() {
        TruceScope s = TruceScope.of(MAP, List.of(), null, 5);
        assertSame(TruceScope.everywhere(), s);
        assertTrue(s.global());
        assertTrue(s.contains(MAP, MAP.index(0, 0)) && s.contains(MAP, MAP.index(59, 39)));
        assertTrue(s.overlaps(new boolean[MAP.regions.size()]));
    }

    @Test
    void regionsCoverTheirCellsOnly() {
        TruceScope west = TruceScope.of(MAP, List.of("NE-6"), null, 5);
        assertTrue(west.contains(MAP, MAP.index(29, 10)));
        assertFalse(west.contains(MAP, MAP.index(30, 10)));
        assertEquals("NE-6", west.label());
        boolean[] east = TruceScope.regionMask(MAP, List.of("NG-SO"));
        assertFalse(west.overlaps(east));
        assertTrue(west.overlaps(TruceScope.regionMask(MAP, List.of("NE-6", "NG-SO"))));
    }

    @Test
    void aSiteCoversAChebyshevSquare() {
        Site town = MAP.site("Easttown");
        int x = MAP.x(town.lon());
        int y = MAP.y(town.lat());
        TruceScope s = TruceScope.of(MAP, List.of(), "Easttown", 3);
        assertTrue(s.contains(MAP, MAP.index(x + 3, y - 3)));
        assertFalse(s.contains(MAP, MAP.index(x + 4, y)));
        assertFalse(s.global());
        assertTrue(s.overlaps(TruceScope.regionMask(MAP, List.of("NG-SO"))), "the site's region");
        assertEquals("Easttown +3", s.label());
    }

    @Test
    void regionsAndSiteCombine() {
        TruceScope s = TruceScope.of(MAP, List.of("NE-6"), "Easttown", 2);
        assertTrue(s.contains(MAP, MAP.index(5, 5)));
        Site town = MAP.site("Easttown");
        assertTrue(s.contains(MAP, MAP.index(MAP.x(town.lon()) + 2, MAP.y(town.lat()))));
        assertFalse(s.contains(MAP, MAP.index(59, 0)));
    }

    @Test
    void unknownNamesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> TruceScope.of(MAP, List.of("XX-1"), null, 1));
        assertThrows(IllegalArgumentException.class, () -> TruceScope.of(MAP, List.of(), "Atlantis", 1));
    }
}

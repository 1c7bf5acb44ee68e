package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Faction;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Territory;
import org.sahelsim.testing.MicroWorld;

/**
 * The corridor's path search on hand-set territory of the micro map (west half NE-6, the source;
 * east half NG-SO, waypoint and target).
 */
class CorridorSearchTest {
    static final String REGIONS = "corridor: {sourceRegions: [NE-6], transitRegions: [NE-6], waypointRegions: [NG-SO], "
            + "targetRegions: [NG-SO]}\n";
    private static final int ISSP = Faction.ISSP.ordinal();
    private static final int ISWAP = Faction.ISWAP.ordinal();
    private static final int NIGERIA = Faction.NIGERIA.ordinal();

    private static SahelModel model(String yaml) {
        return MicroWorld.start(MicroWorld.config(yaml), 1, List.of());
    }

    private static CorridorSearch search(SahelModel m) {
        return new CorridorSearch(m, m.config.corridor());
    }

    private static int[] trace(SahelModel m, int week) {
        return search(m).trace(m.territory, ISSP, ISWAP, week, m.config.corridor().presenceWeeks());
    }

    /** ISSP holds (10, 10) in the west, ISWAP (50, 10) in the east; everything else is unheld. */
    private static SahelModel ends() {
        SahelModel m = model(REGIONS);
        m.territory.assign(m.map.index(10, 10), ISSP, 0);
        m.territory.assign(m.map.index(50, 10), ISWAP, 0);
        return m;
    }

    /** Nigeria holds column 30 from y0 to y1 inclusive, present there in {@code week}. */
    private static void wall(SahelModel m, int y0, int y1, int week) {
        for (int y = y0; y <= y1; y++) {
            m.territory.assign(m.map.index(30, y), NIGERIA, week);
        }
    }

    private static void assertContiguous(SahelMap map, int[] path) {
        for (int k = 1; k < path.length; k++) {
            int dx = Math.abs(path[k] % map.width - path[k - 1] % map.width);
            int dy = Math.abs(path[k] / map.width - path[k - 1] / map.width);
            assertEquals(1, dx + dy, "steps are between edge-adjacent cells, at " + k);
        }
    }

    @Test
    void anOpenCorridorIsTheShortestPathBetweenTheTwoHeldEnds() {
        SahelModel m = ends();
        int[] path = trace(m, 0);
        assertEquals(41, path.length, "40 steps from (10,10) to (50,10)");
        assertEquals(m.map.index(10, 10), path[0]);
        assertEquals(m.map.index(50, 10), path[path.length - 1]);
        assertContiguous(m.map, path);
        assertTrue(search(m).trace(m.territory, ISSP, ISWAP, 0, 4).length > 0);
    }

    @Test
    void aThirdFactionPresentAcrossTheWayCutsIt() {
        SahelModel m = ends();
        wall(m, 0, 39, 10);
        assertEquals(0, trace(m, 10).length, "Nigeria present along the whole column");
        assertEquals(0, trace(m, 14).length, "still within presenceWeeks = 4");
        assertEquals(41, trace(m, 15).length, "nominal control five weeks old no longer blocks");
    }

    @Test
    void aGapInTheLineIsFoundAndTheRouteGoesThroughIt() {
        SahelModel m = ends();
        wall(m, 0, 38, 0);
        int[] path = trace(m, 0);
        int gap = m.map.index(30, 39);
        assertTrue(path.length > 41, "a detour, " + path.length + " cells");
        assertTrue(java.util.Arrays.stream(path).anyMatch(c -> c == gap), "through the one open cell (30, 39)");
        assertContiguous(m.map, path);
    }

    @Test
    void theRouteMustPassAWaypointRegion() {
        SahelModel m = model("corridor: {sourceRegions: [NE-6], transitRegions: [NE-6], waypointRegions: [NG-SO], "
                + "targetRegions: [NE-6]}\n");
        m.territory.assign(m.map.index(10, 10), ISSP, 0);
        m.territory.assign(m.map.index(20, 10), ISWAP, 0);
        int[] path = trace(m, 0);
        assertEquals(31, path.length, "20 steps east to the first NG-SO cell (30,10), 10 back west");
        assertTrue(java.util.Arrays.stream(path).anyMatch(c -> c % m.map.width >= 30), "it reaches into NG-SO");
        assertEquals(m.map.index(20, 10), path[path.length - 1]);
    }

    @Test
    void theEndsMustBeHeldByLearnerAndTeacherInTheirRegions() {
        SahelModel m = model(REGIONS);
        assertEquals(0, trace(m, 0).length, "nothing held");
        m.territory.assign(m.map.index(40, 10), ISSP, 0);
        m.territory.assign(m.map.index(50, 10), ISWAP, 0);
        assertEquals(0, trace(m, 0).length, "ISSP holds no cell of its core region");
        m.territory.assign(m.map.index(29, 10), ISSP, 0);
        assertEquals(22, trace(m, 0).length, "from the core's edge at (29,10)");
    }

    @Test
    void cellsOutsideTheCorridorRegionsAreNotUsed() {
        String west = "corridor: {sourceRegions: [NE-6], waypointRegions: [NE-6], targetRegions: [NE-6], transitRegions: ";
        for (String transit : List.of("[NE-6]", "[NG-SO]")) {
            SahelModel m = model(west + transit + "}\n");
            m.territory.assign(m.map.index(25, 10), ISSP, 0);
            m.territory.assign(m.map.index(25, 30), ISWAP, 0);
            for (int x = 0; x < 30; x++) {
                m.territory.assign(m.map.index(x, 20), NIGERIA, 0);
            }
            int[] path = trace(m, 0);
            if (transit.equals("[NE-6]")) {
                assertEquals(0, path.length, "the only way round the line is through NG-SO, not a corridor region");
            } else {
                assertTrue(path.length > 21 && java.util.Arrays.stream(path).anyMatch(c -> c % m.map.width >= 30),
                        "with NG-SO as a transit region the route goes round the line through it");
            }
        }
    }
}

package org.sahelsim.geo;

import org.junit.jupiter.api.Test;
import org.sahelsim.model.SahelMap;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorldResourcesTest {

    @Test
    void everyCommittedResolutionLoadsWithTheExpectedSize() {
        int[][] sizes = {{600, 460}, {300, 230}, {120, 92}, {60, 46}};
        for (int k = 0; k < sizes.length; k++) {
            SahelMap m = WorldResources.load(WorldResources.AVAILABLE.get(k));
            assertEquals(WorldResources.AVAILABLE.get(k), m.res);
            assertEquals(sizes[k][0], m.width);
            assertEquals(sizes[k][1], m.height);
        }
    }

    @Test
    void aMissingResolutionNamesTheChoicesAndTheBuildCommand() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WorldResources.load(0.2));
        assertTrue(e.getMessage().contains("0.05, 0.1, 0.25, 0.5"), e.getMessage());
        assertTrue(e.getMessage().contains("world build --res 0.2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WorldResources.load(7));
    }

    @Test
    void mapsAreCachedAndSharedAcrossThreads() throws Exception {
        assertSame(WorldResources.load(0.1), WorldResources.load(0.10));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<SahelMap>> futures = new ArrayList<>();
            for (int k = 0; k < 16; k++) {
                futures.add(pool.submit(() -> WorldResources.load(0.25)));
            }
            SahelMap first = futures.get(0).get();
            for (Future<SahelMap> f : futures) {
                assertSame(first, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fileNamesUseTheShortestDecimal() {
        assertEquals("world-0.1.bin.gz", WorldResources.fileName(0.1));
        assertEquals("world-0.05.bin.gz", WorldResources.fileName(0.050));
        assertEquals("world-0.5.bin.gz", WorldResources.fileName(0.5));
        assertEquals("world-0.25.bin.gz", WorldResources.fileName(0.25));
    }

    @Test
    void gridSpecMatchesTheMapFormulas() {
        GridSpec g = GridSpec.of(0.1);
        SahelMap m = WorldResources.load(0.1);
        assertEquals(m.width, g.width());
        assertEquals(m.height, g.height());
        for (int k = 0; k < 50; k++) {
            assertEquals(m.lon(k * 5), g.lon(k * 5));
            assertEquals(m.lat(k * 4), g.lat(k * 4));
            assertEquals(m.x(-13 + k * 0.57), g.x(-13 + k * 0.57));
            assertEquals(m.y(3 + k * 0.43), g.y(3 + k * 0.43));
        }
        assertThrows(IllegalArgumentException.class, () -> GridSpec.of(0.04));
        assertThrows(IllegalArgumentException.class, () -> GridSpec.of(0.51));
        assertEquals(429, GridSpec.of(0.07).width(), "a res that does not divide the box still covers it");
    }
}

package org.sahelsim.geo;

import org.junit.jupiter.api.Test;
import org.sahelsim.model.Region;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.Site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorldCodecTest {

    @Test
    void roundTripKeepsEveryField() throws IOException {
        SahelMap m = WorldResources.load(0.25);
        SahelMap back = WorldCodec.decode(WorldCodec.encode(m));
        assertEquals(m.res, back.res);
        assertEquals(m.width, back.width);
        assertEquals(m.height, back.height);
        assertArrayEquals(m.flags, back.flags);
        assertArrayEquals(m.country, back.country);
        assertArrayEquals(m.admin1, back.admin1);
        assertArrayEquals(m.province, back.province);
        assertArrayEquals(m.population, back.population);
        assertArrayEquals(m.climate, back.climate);
        assertEquals(m.countries, back.countries);
        assertEquals(m.regions, back.regions);
        assertEquals(m.sites, back.sites);
    }

    @Test
    void committedResourcesAreInTheCurrentFormat() throws IOException {
        for (double res : WorldResources.AVAILABLE) {
            byte[] committed = GeoTestSupport.committed(res);
            assertArrayEquals(committed, WorldCodec.encode(WorldCodec.decode(committed)), "res " + res);
        }
    }

    @Test
    void outputIsDeterministicWithAFixedGzipHeader() throws IOException {
        SahelMap m = WorldResources.load(0.5);
        byte[] a = WorldCodec.encode(m), b = WorldCodec.encode(m);
        assertArrayEquals(a, b);
        assertEquals(0x1f, a[0] & 0xff);
        assertEquals(0x8b, a[1] & 0xff);
        assertArrayEquals(new byte[4], new byte[] {a[4], a[5], a[6], a[7]}, "gzip mtime must be 0");
        assertEquals(0xff, a[9] & 0xff, "gzip OS byte must be 255 (unknown)");
    }

    @Test
    void fractionalPopulationAndMissingRegionsSurvive() throws IOException {
        SahelMap m = new SahelMap(0.5, 3, 2,
                new byte[] {1, 0, 17, 1, 3, 8},
                new short[] {0, -1, 0, 0, 1, -1},
                new short[] {0, -1, 0, 1, 2, -1},
                new short[] {-1, -1, 3, -1, -1, -1},
                new float[] {0.25f, 0, 1e7f, 3.5f, Float.MIN_VALUE, 12},
                new byte[] {0, 0, 1, 2, 2, 1},
                List.of("MLI", "NER"),
                List.of(new Region("ML-9", "Ménaka", "MLI", null), new Region("ML-7", "Gao", "MLI", null),
                        new Region("NE-6", "Tillabéri", "NER", null), new Region("BF-SOM", "Soum", "BFA", "BF-12")),
                List.of(new Site("Ménaka", Site.SiteKind.REGIONAL_CAPITAL, 2.4022, 15.9182, "ML-9", 9110),
                        new Site("Nowhere", Site.SiteKind.TOWN, 0, 0, null, 0)));
        SahelMap back = WorldCodec.decode(WorldCodec.encode(m));
        assertArrayEquals(m.population, back.population);
        assertEquals(m.regions, back.regions);
        assertEquals(m.sites, back.sites);
        assertArrayEquals(WorldCodec.payload(m), WorldCodec.payload(back));
    }

    @Test
    void foreignDataIsRejected() {
        byte[] junk = WorldCodec.gzip("definitely not a world".getBytes(StandardCharsets.UTF_8));
        IOException e = assertThrows(IOException.class, () -> WorldCodec.decode(junk));
        assertTrue(e.getMessage().contains("magic"), e.getMessage());
        assertThrows(IOException.class, () -> WorldCodec.decode(new byte[] {1, 2, 3}));
    }

    @Test
    void compressedSizesStayCompact() {
        long total = 0;
        for (double res : WorldResources.AVAILABLE) {
            total += GeoTestSupport.committed(res).length;
        }
        assertTrue(total < 600_000, "resources total " + total + " bytes");
    }
}

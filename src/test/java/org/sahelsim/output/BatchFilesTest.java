package org.sahelsim.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.model.Faction;

/** The batch file formats: CSV read back as written, compact control maps, the shared manifest. */
class BatchFilesTest {
    @TempDir
    Path tmp;

    @Test
    void csvReadsBackWhatTheWritersWrite() throws Exception {
        Path file = tmp.resolve("t.csv.gz");
        try (AggregateCsv out = AggregateCsv.create(file, "a", "b", "c")) {
            out.row("plain", 1.5, Double.NaN);
            out.row("with, comma", "say \"hi\"", "two\nlines");
        }
        try (CsvReader in = CsvReader.open(file)) {
            assertEquals(List.of("a", "b", "c"), in.header());
            assertTrue(in.next());
            assertEquals("plain", in.get(0));
            assertEquals(1.5, in.number(1));
            assertTrue(Double.isNaN(in.number(2)));
            assertTrue(in.next());
            assertEquals(List.of("with, comma", "say \"hi\"", "two\nlines"), in.fields());
            assertFalse(in.next());
        }
        byte[] gz = Files.readAllBytes(file);
        assertEquals(0, gz[4] | gz[5] | gz[6] | gz[7], "no time stamp in the gzip header");
    }

    @Test
    void controlMapsRoundTrip() throws Exception {
        byte[] controller = {-1, 0, 15, (byte) Faction.JNIM.ordinal(), -1, 3};
        boolean[] contested = {false, true, false, true, false, false};
        ControlGridFile.write(tmp, new ControlGridFile.Grid(3, 2, 0.5, controller, contested));
        ControlGridFile.Grid g = ControlGridFile.read(tmp);
        assertEquals(3, g.width());
        assertEquals(2, g.height());
        assertEquals(0.5, g.res());
        assertArrayEquals(controller, g.controller());
        assertArrayEquals(contested, g.contested());
    }

    @Test
    void shardsWritingTheSameManifestAtOnceAllSucceed() throws Exception {
        BatchManifest m = manifest(3);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Optional<String>>> results = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            results.add(pool.submit(() -> m.writeOrCompare(tmp)));
        }
        for (Future<Optional<String>> f : results) {
            assertEquals(Optional.empty(), f.get());
        }
        pool.shutdown();
        assertEquals(m.toJson(), Files.readString(tmp.resolve(BatchLayout.MANIFEST)));
        assertEquals(m, BatchManifest.read(tmp));
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count(), "no temporary files left");
        }
        Optional<String> other = manifest(4).writeOrCompare(tmp);
        assertTrue(other.isPresent());
        assertTrue(other.get().startsWith("replicates is 3 in the folder but 4 now"), other.get());
    }

    private static BatchManifest manifest(int replicates) {
        List<Long> seeds = new ArrayList<>();
        for (int r = 0; r < replicates; r++) {
            seeds.add(1L + r);
        }
        return new BatchManifest(1, "x", null, "x.yaml", "ab", "s", List.of(), "2026-01-05", "2026-02-02", 4, 0.5,
                replicates, seeds, "a", Map.of(), List.of(new BatchManifest.Arm("a", null, Map.of())), null,
                new BatchManifest.Precision(0.05, Map.of()), "dev", "unknown");
    }

    @Test
    void betterTakesTheSideOfCiviliansAndOfStateControl() {
        assertEquals(BatchMetrics.Direction.LOWER, BatchMetrics.better("controlled_population", "JNIM"));
        assertEquals(BatchMetrics.Direction.LOWER, BatchMetrics.better("controlled_population", BatchMetrics.JIHADIST));
        assertEquals(BatchMetrics.Direction.HIGHER, BatchMetrics.better("controlled_population", "MALI"));
        assertEquals(BatchMetrics.Direction.HIGHER, BatchMetrics.better("controlled_area_km2", BatchMetrics.PRO_GOVERNMENT));
        assertEquals(BatchMetrics.Direction.LOWER, BatchMetrics.better("civilians_killed_total", "MALI"));
        assertEquals(BatchMetrics.Direction.LOWER, BatchMetrics.better("clashes_total", "ISSP"));
        assertEquals(BatchMetrics.Direction.LOWER, BatchMetrics.better(BatchMetrics.DEATHS, BatchMetrics.ALL));
        assertEquals(BatchMetrics.Direction.HIGHER, BatchMetrics.better("desertions_total", "ISSP"));
        assertEquals(BatchMetrics.Direction.LOWER, BatchMetrics.better("desertions_total", "NIGER"));
        assertEquals(BatchMetrics.Direction.LOWER, BatchMetrics.better("mean_grievance", "NIGER"));
        assertEquals("clashes_total", BatchMetrics.endMetric("clashes"));
        assertEquals("fighters", BatchMetrics.endMetric("fighters"));
        assertEquals("recruits_total", BatchMetrics.endMetric("recruits"));
        assertFalse(BatchMetrics.isAdditive("mean_grievance"));
        assertEquals("people", BatchMetrics.unit("population_ben"));
        assertEquals("km²", BatchMetrics.unit("controlled_area_km2"));
    }
}

package org.sahelsim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.output.BatchManifest;
import org.sahelsim.scenario.ExperimentSeeds;

/** Seed plans and shard assignment: deterministic, and shards cover every run exactly once. */
class ShardAndSeedsTest {
    @Test
    void seedsAreFirstPlusIOrTheListInOrder() {
        assertEquals(List.of(7L, 8L, 9L), SeedPlan.seeds(new ExperimentSeeds(7, List.of()), 3));
        assertEquals(List.of(42L, 3L), SeedPlan.seeds(new ExperimentSeeds(1, List.of(42L, 3L, 9L)), 2));
        assertThrows(IllegalArgumentException.class, () -> SeedPlan.seeds(new ExperimentSeeds(1, List.of(1L)), 2));
        assertThrows(ArithmeticException.class, () -> SeedPlan.seeds(new ExperimentSeeds(Long.MAX_VALUE, List.of()), 2));
        assertThrows(IllegalArgumentException.class, () -> new ExperimentSeeds(1, List.of(4L, 4L)));
    }

    @Test
    void shardsPartitionEveryBatchExactlyOnce() {
        for (int arms = 1; arms <= 9; arms += 4) {
            for (int reps = 1; reps <= 31; reps += 5) {
                List<BatchManifest.Run> runs = runs(arms, reps);
                for (int n = 1; n <= 12; n++) {
                    int[] owners = new int[runs.size()];
                    int[] perShard = new int[n];
                    for (int i = 0; i < n; i++) {
                        Shard s = Shard.parse(i + "/" + n);
                        for (BatchManifest.Run r : runs) {
                            if (s.owns(r)) {
                                owners[r.index()]++;
                                perShard[i]++;
                            }
                        }
                    }
                    for (int k = 0; k < owners.length; k++) {
                        assertEquals(1, owners[k], "run " + k + " of " + runs.size() + " with " + n + " shards");
                    }
                    for (int c : perShard) {
                        assertTrue(Math.abs(c - runs.size() / (double) n) < 1, "balanced: " + c + " of " + runs.size());
                    }
                }
            }
        }
    }

    @Test
    void badShardTextIsRefused() {
        for (String bad : List.of("4/4", "-1/4", "1/0", "1", "a/b", "1/2/3", "")) {
            assertThrows(IllegalArgumentException.class, () -> Shard.parse(bad), bad);
        }
        assertEquals(new Shard(3, 4), Shard.parse(" 3/4 "));
    }

    private static List<BatchManifest.Run> runs(int arms, int reps) {
        List<BatchManifest.Arm> list = new ArrayList<>();
        for (int a = 0; a < arms; a++) {
            list.add(new BatchManifest.Arm("a" + a, null, java.util.Map.of()));
        }
        List<Long> seeds = new ArrayList<>();
        for (int r = 0; r < reps; r++) {
            seeds.add((long) r);
        }
        return new BatchManifest(1, "x", null, "x.yaml", "0", "s", List.of(), "2026-01-05", "2026-02-02", 4, 0.5,
                reps, seeds, "a0", java.util.Map.of(), list, null, new BatchManifest.Precision(0.05, java.util.Map.of()),
                "dev", "unknown").runs();
    }
}

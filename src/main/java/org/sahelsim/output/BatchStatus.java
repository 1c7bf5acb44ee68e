package org.sahelsim.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Which runs of a batch had finished when it was aggregated, written to {@code aggregate/status.json}.
 *
 * @param planned     runs in the plan
 * @param finished    runs whose folder was committed
 * @param missing     run ids not finished, in canonical order
 * @param runsPerArm  finished runs of each arm, in arm order
 */
public record BatchStatus(int planned, int finished, List<String> missing, Map<String, Integer> runsPerArm) {
    public BatchStatus {
        missing = List.copyOf(missing);
    }

    /** True when every planned run finished. */
    public boolean complete() {
        return missing.isEmpty();
    }

    /** The smallest number of replicates behind any arm's estimates. */
    public int minReplicates() {
        return runsPerArm.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    }

    public static BatchStatus read(Path root) throws IOException {
        return JsonOut.mapper().readValue(BatchLayout.aggregate(root, BatchLayout.STATUS).toFile(), BatchStatus.class);
    }
}

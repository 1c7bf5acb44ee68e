package org.sahelsim.output;

/**
 * Identifies one model run in every output row.
 *
 * @param runId non-blank identifier, unique within a batch (e.g. {@code baseline-0007})
 * @param seed  the seed the run's random generator was started with
 */
public record RunKey(String runId, long seed) {
    public RunKey {
        if (runId == null || runId.isBlank()) {
            throw new IllegalArgumentException("runId must be non-blank, got " + (runId == null ? "null" : "'" + runId + "'"));
        }
    }
}

package org.sahelsim.output;

import java.util.List;

/**
 * Where a run's output came from: enough to repeat the run and to tell whether two runs are
 * comparable. Plain data; {@link ProvenanceCollector} fills it in.
 *
 * @param scenarioPath     the scenario file as given (or a resource name); null if none
 * @param scenarioSha256   lower-case hex SHA-256 of the scenario file's bytes; null if none
 * @param inheritedFiles   files the scenario inherits from, in inheritance order, with their hashes
 * @param seed             seed of the run's random generator
 * @param sahelsimVersion  {@code Implementation-Version} of the sahelsim jar, or "dev"
 * @param gitCommit        full commit id of the source tree, or "unknown"
 * @param gitDirty         whether the tree had uncommitted changes; null if unknown
 * @param javaVersion      {@code java.version}
 * @param javaVendor       {@code java.vendor}
 * @param masonVersion     {@code sim.engine.SimState.version()}
 * @param os               operating system name, version and architecture
 * @param startTime        run start, ISO 8601 UTC with milliseconds
 * @param wallTimeSeconds  wall-clock duration of the run, seconds (0 or more)
 * @param args             command-line arguments as given
 */
public record Provenance(String scenarioPath, String scenarioSha256, List<FileHash> inheritedFiles, long seed,
                         String sahelsimVersion, String gitCommit, Boolean gitDirty, String javaVersion,
                         String javaVendor, String masonVersion, String os, String startTime,
                         double wallTimeSeconds, List<String> args) {

    /**
     * One input file and its content hash.
     *
     * @param path   the path as given
     * @param sha256 lower-case hex SHA-256 of its bytes
     */
    public record FileHash(String path, String sha256) {
    }

    public Provenance {
        inheritedFiles = List.copyOf(inheritedFiles);
        args = List.copyOf(args);
        if (wallTimeSeconds < 0 || Double.isNaN(wallTimeSeconds)) {
            throw new IllegalArgumentException("wallTimeSeconds must be >= 0, got " + wallTimeSeconds);
        }
    }
}

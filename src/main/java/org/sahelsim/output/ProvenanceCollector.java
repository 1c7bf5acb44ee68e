package org.sahelsim.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import sim.engine.SimState;

/**
 * Gathers a run's {@link Provenance}: create it when the run starts, add the input files, and
 * call {@link #finish()} when it ends. Takes plain data only, so it knows nothing of the model.
 *
 * <p>The git lookup may start a process; it runs once per JVM and is shared by all runs.
 */
public final class ProvenanceCollector {
    private final long seed;
    private final List<String> args;
    private final Instant start;
    private final long startNanos;
    private final List<Provenance.FileHash> inherited = new ArrayList<>();
    private String scenarioPath;
    private String scenarioSha256;

    private ProvenanceCollector(long seed, List<String> args, Instant start) {
        this.seed = seed;
        this.args = List.copyOf(args);
        this.start = start.truncatedTo(ChronoUnit.MILLIS);
        this.startNanos = System.nanoTime();
    }

    /** Starts the clock now. */
    public static ProvenanceCollector start(long seed, List<String> args) {
        return start(seed, args, Clock.systemUTC());
    }

    /** Starts with the start time read from {@code clock}; wall time is still measured. */
    public static ProvenanceCollector start(long seed, List<String> args, Clock clock) {
        GitHolder.INFO.commit(); // look git up before the run, while the tree is as it was at start
        return new ProvenanceCollector(seed, args, clock.instant());
    }

    /** Records the scenario file and hashes its bytes. */
    public ProvenanceCollector scenario(Path file) throws IOException {
        this.scenarioPath = file.toString();
        this.scenarioSha256 = sha256Hex(file);
        return this;
    }

    /** Records a scenario that is not a file (e.g. a bundled resource) by name and content. */
    public ProvenanceCollector scenario(String name, byte[] content) {
        this.scenarioPath = name;
        this.scenarioSha256 = sha256Hex(content);
        return this;
    }

    /** Adds a file the scenario inherits from; call in inheritance order. */
    public ProvenanceCollector inherited(Path file) throws IOException {
        inherited.add(new Provenance.FileHash(file.toString(), sha256Hex(file)));
        return this;
    }

    /** Adds an inherited input that is not a file, by name and content. */
    public ProvenanceCollector inherited(String name, byte[] content) {
        inherited.add(new Provenance.FileHash(name, sha256Hex(content)));
        return this;
    }

    /** The run's start time (UTC, millisecond precision); use it to name the run folder. */
    public Instant startTime() {
        return start;
    }

    /** The provenance with the wall time measured up to now. May be called more than once. */
    public Provenance finish() {
        double wall = Math.max(0, System.nanoTime() - startNanos) / 1e9;
        GitInfo git = GitHolder.INFO;
        return new Provenance(scenarioPath, scenarioSha256, inherited, seed, sahelsimVersion(),
                git.commit(), git.dirty(), System.getProperty("java.version"),
                System.getProperty("java.vendor"), masonVersion(), osDescription(),
                start.toString(), Math.round(wall * 1000) / 1000.0, args);
    }

    /** Lower-case hex SHA-256 of {@code bytes}. */
    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** Lower-case hex SHA-256 of a file's bytes, read in a stream. */
    public static String sha256Hex(Path file) throws IOException {
        MessageDigest md = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Commit of the source tree (as in every run's provenance), or "unknown". */
    public static String gitCommit() {
        return GitHolder.INFO.commit();
    }

    /** The jar manifest's {@code Implementation-Version}, or "dev" when run from classes. */
    public static String sahelsimVersion() {
        String v = ProvenanceCollector.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "dev" : v;
    }

    public static String masonVersion() {
        return Double.toString(SimState.version());
    }

    static String osDescription() {
        return System.getProperty("os.name") + " " + System.getProperty("os.version")
                + " (" + System.getProperty("os.arch") + ")";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    /** Lazily looks git up once per JVM, on first use. */
    private static final class GitHolder {
        static final GitInfo INFO = GitInfo.lookup();
    }
}

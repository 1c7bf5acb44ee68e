package org.sahelsim.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPOutputStream;

/**
 * Where a batch keeps its files. Everything lives under one folder, which several processes (the
 * shards of a cluster job) may fill at once without clashing: each run has its own folder,
 * committed atomically by its one owner, and the shared files are written identically by all.
 *
 * <pre>
 * DIR/batch.json                      the plan: experiment, arms and overrides, seeds ({@link BatchManifest})
 * DIR/inputs/                         copies of the experiment and scenario files
 * DIR/runs/ARM/rNNN/                  one committed run: *.csv.gz, summary.json, control-end.bin.gz
 * DIR/aggregate/                      tidy statistics over the runs (CSV)
 * DIR/charts/                         charts and maps, PNG and SVG
 * DIR/report.html                     the self-contained report
 * </pre>
 */
public final class BatchLayout {
    public static final String MANIFEST = "batch.json";
    public static final String INPUTS = "inputs";
    public static final String RUNS = "runs";
    public static final String AGGREGATE = "aggregate";
    public static final String CHARTS = "charts";
    public static final String REPORT = "report.html";

    /** Aggregate tables (in {@link #AGGREGATE}). */
    public static final String WEEKLY = "weekly.csv.gz";
    public static final String ENDSTATE = "endstate.csv.gz";
    public static final String ENDSTATE_SUMMARY = "endstate-summary.csv";
    public static final String PAIRED = "paired.csv";
    public static final String REPLICATES_NEEDED = "replicates-needed.csv";
    public static final String DYADS = "dyads-weekly.csv";
    public static final String CONTROL = "control-probability.csv.gz";
    public static final String DENSITY = "event-density.csv.gz";
    public static final String STATUS = "status.json";

    private BatchLayout() {
    }

    public static Path runDir(Path root, BatchManifest.Run run) {
        return root.resolve(run.folder());
    }

    /** A run is finished when its folder exists under its final name (it was committed atomically). */
    public static boolean isFinished(Path runDir) {
        return Files.isDirectory(runDir) && Files.isRegularFile(runDir.resolve(JsonOut.SUMMARY));
    }

    public static Path aggregate(Path root, String table) {
        return root.resolve(AGGREGATE).resolve(table);
    }

    /**
     * Replaces {@code file} by {@code file.gz} (deterministic bytes: gzip without a time stamp).
     *
     * @return the compressed file
     */
    public static Path gzip(Path file) throws IOException {
        Path gz = file.resolveSibling(file.getFileName() + ".gz");
        try (InputStream in = Files.newInputStream(file);
             OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz, StandardOpenOption.CREATE_NEW,
                     StandardOpenOption.WRITE), 1 << 16)) {
            in.transferTo(out);
        }
        Files.delete(file);
        return gz;
    }
}

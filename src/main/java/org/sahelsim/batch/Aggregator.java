package org.sahelsim.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.model.SahelMap;
import org.sahelsim.output.AggregateCsv;
import org.sahelsim.output.BatchLayout;
import org.sahelsim.output.BatchManifest;
import org.sahelsim.output.BatchStatus;
import org.sahelsim.output.CsvWriter;
import org.sahelsim.output.FileTrees;
import org.sahelsim.output.JsonOut;

/**
 * Computes a batch's statistics from its committed run folders, read back from disk one run at a
 * time in canonical order (arm by arm, replicates in order). The result depends only on the runs'
 * files, never on how many threads or machines produced them, so a batch run on one machine and
 * the same batch merged from shards give byte-identical tables.
 *
 * <p>Tables are written into a fresh folder that replaces {@code aggregate/} when complete.
 */
public final class Aggregator {
    /** Some planned runs are not finished and a partial aggregation was not allowed. */
    public static final class IncompleteException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient BatchStatus status;

        IncompleteException(BatchStatus status) {
            super(status.missing().size() + " of " + status.planned() + " runs are missing: "
                    + abbreviate(status.missing()) + " (re-run the batch or its shards with --resume,"
                    + " or merge with --allow-partial)");
            this.status = status;
        }

        public BatchStatus status() {
            return status;
        }
    }

    private Aggregator() {
    }

    /** Which runs are finished. */
    public static BatchStatus status(Path root, BatchManifest manifest) {
        List<String> missing = new ArrayList<>();
        Map<String, Integer> perArm = new LinkedHashMap<>();
        manifest.armNames().forEach(a -> perArm.put(a, 0));
        int finished = 0;
        for (BatchManifest.Run run : manifest.runs()) {
            if (BatchLayout.isFinished(BatchLayout.runDir(root, run))) {
                finished++;
                perArm.merge(manifest.arms().get(run.arm()).name(), 1, Integer::sum);
            } else {
                missing.add(run.runId());
            }
        }
        return new BatchStatus(manifest.runs().size(), finished, missing, perArm);
    }

    /**
     * Aggregates the finished runs into {@code aggregate/}.
     *
     * @param allowPartial aggregate even when runs are missing (the status then says so)
     * @throws IncompleteException when runs are missing and {@code allowPartial} is false
     */
    public static BatchStatus aggregate(Path root, BatchManifest manifest, SahelMap map, boolean allowPartial)
            throws IOException {
        BatchStatus status = status(root, manifest);
        if (!status.complete() && !allowPartial) {
            throw new IncompleteException(status);
        }
        if (status.finished() == 0) {
            throw new IncompleteException(status);
        }
        Path tmp = Files.createTempDirectory(root, "." + BatchLayout.AGGREGATE + ".partial-");
        try {
            foldRuns(root, manifest, map, tmp);
            new PairedTables(tmp.resolve(BatchLayout.ENDSTATE), manifest).write(tmp);
            JsonOut.write(tmp.resolve(BatchLayout.STATUS), status);
            FileTrees.replace(tmp, root.resolve(BatchLayout.AGGREGATE));
        } finally {
            FileTrees.delete(tmp);
        }
        return status;
    }

    private static void foldRuns(Path root, BatchManifest manifest, SahelMap map, Path out) throws IOException {
        List<BatchManifest.Run> runs = manifest.runs();
        List<String> columns = null;
        try (CsvWriter endstate = CsvWriter.open(out, EndState.TABLE);
             AggregateCsv weekly = AggregateCsv.create(out.resolve(BatchLayout.WEEKLY), WeeklyFold.header());
             AggregateCsv dyads = AggregateCsv.create(out.resolve(BatchLayout.DYADS), DyadFold.header());
             AggregateCsv control = AggregateCsv.create(out.resolve(BatchLayout.CONTROL), SpatialFold.controlHeader());
             AggregateCsv density = AggregateCsv.create(out.resolve(BatchLayout.DENSITY), SpatialFold.densityHeader())) {
            for (int a = 0; a < manifest.arms().size(); a++) {
                String arm = manifest.arms().get(a).name();
                ArmAccumulator acc = null;
                for (BatchManifest.Run run : runs.subList(a * manifest.replicates(), (a + 1) * manifest.replicates())) {
                    Path dir = BatchLayout.runDir(root, run);
                    if (!BatchLayout.isFinished(dir)) {
                        continue;
                    }
                    if (columns == null) {
                        columns = RunTables.numericColumns(dir);
                    }
                    if (acc == null) {
                        acc = new ArmAccumulator(columns, manifest.weeks(), map);
                    }
                    acc.add(dir, run, arm, endstate);
                }
                if (acc != null) {
                    LocalDate[] dates = acc.weekly.dates();
                    acc.weekly.write(arm, weekly);
                    acc.dyads.write(arm, dates, dyads);
                    acc.spatial.writeControl(arm, control);
                    acc.spatial.writeDensity(arm, manifest.weeks(), density);
                }
            }
        }
        BatchLayout.gzip(out.resolve(EndState.TABLE.fileName()));
    }

    private static String abbreviate(List<String> ids) {
        return ids.size() <= 10 ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, 10)) + ", ... (" + (ids.size() - 10) + " more)";
    }
}

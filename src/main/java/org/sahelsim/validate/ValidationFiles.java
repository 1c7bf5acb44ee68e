package org.sahelsim.validate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.sahelsim.output.CsvTable;
import org.sahelsim.output.CsvWriter;
import org.sahelsim.output.RunKey;

/**
 * The CSV files of a validation: {@code validation.csv}, the table (one row per criterion,
 * comparison and pattern), and {@code replicates.csv}, every criterion's outcome and statistic in
 * every replicate, so that any share in the table can be recounted.
 */
public final class ValidationFiles {
    public static final CsvTable TABLE = CsvTable.of("validation", "pattern", "row", "criterion", "replicates",
            "holds", "share", "threshold", "verdict", "note");
    public static final CsvTable REPLICATES = CsvTable.of("replicates", "replicate", "criterion", "outcome", "value",
            "needs");

    private ValidationFiles() {
    }

    /** Writes {@code validation.csv}; its rows carry the batch's name and base seed. */
    public static void writeTable(Path dir, RunKey batch, List<Score> scores) throws IOException {
        try (CsvWriter w = CsvWriter.open(dir, TABLE)) {
            for (Score s : scores) {
                w.row(batch, s.pattern(), s.id(), s.text(), s.replicates(), s.holds(), s.share(), s.threshold(),
                        s.verdict().label(), s.needs());
            }
        }
    }

    /** Writes {@code replicates.csv}; its rows carry each run's id and seed. */
    public static void writeReplicates(Path dir, String scenario, List<Pattern> patterns, List<RunObservations> runs)
            throws IOException {
        try (CsvWriter w = CsvWriter.open(dir, REPLICATES)) {
            for (RunObservations o : runs) {
                RunKey key = new RunKey(scenario + "-" + o.seed(), o.seed());
                for (Pattern p : patterns) {
                    for (Criterion c : p.criteria()) {
                        Check k = c.evaluate(o);
                        w.row(key, o.replicate(), c.id(), k.outcome().name().toLowerCase(java.util.Locale.ROOT), k.value(),
                                k.needs());
                    }
                }
            }
        }
    }
}

package org.sahelsim.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.sahelsim.model.Submodel;
import org.sahelsim.output.BatchManifest;
import org.sahelsim.output.FileTrees;

/**
 * Batch throughput: runs per minute of an experiment's runs on T threads, in this JVM, after a
 * warm-up batch that lets the JIT compile the hot paths. Only the runs are timed (model, tables,
 * compression, commit); aggregation is a fixed cost per run measured separately by the report.
 */
public final class BatchBench {
    /** One timing: runs, threads, wall seconds and runs per minute. */
    public record Figures(int runs, int threads, double seconds, double runsPerMinute) {
    }

    private BatchBench() {
    }

    /** Times the plan's runs on {@code threads} threads into a fresh temporary folder, then deletes it. */
    public static Figures time(BatchPlan plan, int threads, Supplier<List<Submodel>> rules) throws IOException,
            InterruptedException {
        Path root = Files.createTempDirectory("sahelsim-bench-");
        try {
            plan.manifest().writeOrCompare(root);
            long t0 = System.nanoTime();
            BatchRunner.Outcome o = BatchRunner.run(plan, root, Shard.ALL, threads, false, rules, List.of("bench"),
                    new Quiet());
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new Figures(o.ran(), threads, seconds, o.ran() / seconds * 60);
        } finally {
            FileTrees.delete(root);
        }
    }

    private static final class Quiet implements BatchRunner.Listener {
        @Override
        public void start(int owned, int alreadyFinished) {
        }

        @Override
        public void finished(BatchManifest.Run run, double seconds) {
        }
    }
}

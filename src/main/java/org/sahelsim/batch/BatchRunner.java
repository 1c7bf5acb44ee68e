package org.sahelsim.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.sahelsim.model.Submodel;
import org.sahelsim.output.BatchLayout;
import org.sahelsim.output.BatchManifest;

/**
 * Runs the runs of a batch (or of one shard) in one JVM on a pool of threads, one model per run and
 * nothing shared but read-only inputs (the map and the validated scenarios). Each run streams its
 * results to its own folder and commits it when it ends; the runner keeps nothing of a finished run.
 * Which run a thread picks up, and when it ends, does not affect any output: every run's bytes
 * depend only on its scenario and seed, and aggregation reads the runs back in canonical order.
 */
public final class BatchRunner {
    /** Hears about progress; called from worker threads, so implementations must be thread-safe. */
    public interface Listener {
        /** Before the first run: runs owned by this process, and how many of them are already finished. */
        void start(int owned, int alreadyFinished);

        /** After each run is committed. */
        void finished(BatchManifest.Run run, double seconds);
    }

    /** What a call did: runs owned by the shard, skipped as already finished, and run now. */
    public record Outcome(int owned, int skipped, int ran) {
    }

    /** A run that failed: the batch stops, finished runs are kept for {@code --resume}. */
    public static final class RunFailedException extends IOException {
        private static final long serialVersionUID = 1L;

        RunFailedException(BatchManifest.Run run, Throwable cause) {
            super("run " + run.runId() + " (seed " + run.seed() + ") failed: " + cause, cause);
        }
    }

    private BatchRunner() {
    }

    /**
     * @param root    the batch folder; its manifest must already be written
     * @param shard   which runs are this process's ({@link Shard#ALL} for all)
     * @param threads worker threads, 1 or more
     * @param resume  skip finished runs; without it a finished run of this shard is an error
     * @param rules   a fresh list of extra submodels for each run
     * @param args    the command line, for each run's provenance
     */
    public static Outcome run(BatchPlan plan, Path root, Shard shard, int threads, boolean resume,
                              Supplier<List<Submodel>> rules, List<String> args, Listener listener)
            throws IOException, InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        List<BatchManifest.Run> todo = new ArrayList<>();
        int owned = 0;
        for (BatchManifest.Run run : plan.manifest().runs()) {
            if (!shard.owns(run)) {
                continue;
            }
            owned++;
            Path dir = BatchLayout.runDir(root, run);
            if (BatchLayout.isFinished(dir) && resume) {
                continue;
            }
            if (Files.exists(dir)) {
                throw new IllegalArgumentException("run " + run.runId() + " is already in " + dir
                        + " (use --resume to continue the batch)");
            }
            todo.add(run);
        }
        listener.start(owned, owned - todo.size());
        RunTask task = new RunTask(plan, root, rules, args);
        for (BatchManifest.Run run : todo) {
            RunTask.removeStalePartials(BatchLayout.runDir(root, run));
        }
        execute(task, todo, threads, listener);
        return new Outcome(owned, owned - todo.size(), todo.size());
    }

    private static void execute(RunTask task, List<BatchManifest.Run> todo, int threads, Listener listener)
            throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, todo.size())), workers());
        try {
            ExecutorCompletionService<BatchManifest.Run> done = new ExecutorCompletionService<>(pool);
            List<Future<BatchManifest.Run>> futures = new ArrayList<>();
            for (BatchManifest.Run run : todo) {
                futures.add(done.submit(() -> {
                    double seconds = runOne(task, run);
                    listener.finished(run, seconds);
                    return run;
                }));
            }
            for (int k = 0; k < todo.size(); k++) {
                try {
                    done.take().get();
                } catch (ExecutionException e) {
                    futures.forEach(f -> f.cancel(false));
                    throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
                }
            }
        } finally {
            pool.shutdown();
            // Runs already started finish and commit, so that --resume does not repeat them.
            pool.awaitTermination(Long.MAX_VALUE, java.util.concurrent.TimeUnit.DAYS);
        }
    }

    private static double runOne(RunTask task, BatchManifest.Run run) throws IOException {
        try {
            return task.execute(run);
        } catch (IOException | RuntimeException | Error e) {
            throw new RunFailedException(run, e);
        }
    }

    private static ThreadFactory workers() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "sahelsim-run-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

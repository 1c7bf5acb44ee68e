package org.sahelsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sahelsim.output.FileTrees;
import org.sahelsim.batch.BatchBench;
import org.sahelsim.batch.BatchPlan;
import org.sahelsim.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench-batch}: batch throughput on 1 and 2 threads (runs per minute), and the peak resident
 * memory of whole batches of growing size, each in a fresh JVM.
 */
@Command(name = "bench-batch", mixinStandardHelpOptions = true,
        description = {"Benchmark batches: runs per minute on each --threads count (after a warm-up batch), the",
                "speed-up over the first count, and the peak resident memory (RSS) of complete batches",
                "(runs, aggregation, charts, report) with --rss-replicates replicates, each in its own JVM.",
                "Run it alone on the machine; figures taken while others compute are noisy."})
public final class BatchBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = "scenarios/experiments/policy-comparison.yaml",
            paramLabel = "EXPERIMENT", description = "Experiment (default: ${DEFAULT-VALUE}).")
    Path experiment;

    @Option(names = "--replicates", defaultValue = "2", description = "Replicates per arm of the timed batches (default: ${DEFAULT-VALUE}).")
    int replicates;

    @Option(names = "--weeks", description = "Weeks per run (default: the scenario's, five years for policy-comparison).")
    Integer weeks;

    @Option(names = "--threads", split = ",", defaultValue = "1,2", description = "Thread counts to time (default: ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--rss-replicates", split = ",", defaultValue = "1,2,4",
            description = "Replicates per arm of the batches whose peak RSS is measured (default: ${DEFAULT-VALUE}).")
    List<Integer> rssReplicates;

    @Option(names = "--no-rss", description = "Skip the peak RSS measurements.")
    boolean noRss;

    @Option(names = "--child-heap", defaultValue = "2g", description = "-Xmx of the JVMs whose RSS is measured (default: ${DEFAULT-VALUE}).")
    String childHeap;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        BatchPlan plan = ExperimentInput.plan(experiment, replicates, weeks, null);
        BatchPlan warm = ExperimentInput.plan(experiment, 1, weeks, null);
        out.printf("experiment        %s: %d arms, %d weeks per run at %s°%n", plan.manifest().experiment(),
                plan.arms().size(), plan.manifest().weeks(), plan.manifest().resolution());
        BatchBench.time(warm, threads.get(0), RuleSet::standard);
        List<BatchBench.Figures> figures = new ArrayList<>();
        for (int t : threads) {
            if (t < 1) {
                throw new BadInputException("--threads " + t + " must be at least 1");
            }
            BatchBench.Figures f = BatchBench.time(plan, t, RuleSet::standard);
            figures.add(f);
            out.printf("threads %-2d        %d runs in %.1f s: %.1f runs/min, speed-up %.2fx over %d thread(s)%n", t,
                    f.runs(), f.seconds(), f.runsPerMinute(), f.runsPerMinute() / figures.get(0).runsPerMinute(),
                    figures.get(0).threads());
        }
        for (int r : noRss ? List.<Integer>of() : rssReplicates) {
            if (r < 1) {
                throw new BadInputException("--rss-replicates " + r + " must be at least 1");
            }
            rss(out, r);
        }
        return SahelCli.OK;
    }

    /** A complete batch in a child JVM, its resident memory sampled from /proc until it exits. */
    private void rss(PrintWriter out, int reps) throws IOException, InterruptedException {
        Path root = Files.createTempDirectory("sahelsim-rss-");
        Files.delete(root);
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx" + childHeap, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                SahelCli.class.getName(), "batch", experiment.toString(), "--replicates", Integer.toString(reps),
                "--out", root.toString(), "--quiet"));
        if (weeks != null) {
            cmd.addAll(List.of("--weeks", weeks.toString()));
        }
        try {
            PeakRss.Result r = PeakRss.run(cmd);
            if (r.exitCode() != 0) {
                throw new IOException("the measured batch failed with exit code " + r.exitCode());
            }
            out.printf("peak RSS          %4d runs (%d replicates): %.0f MB in %.1f s (JVM -Xmx%s, sampled every %d ms)%n",
                    reps * warmArms(), reps, r.peakMb(), r.seconds(), childHeap, PeakRss.SAMPLE_MS);
        } finally {
            FileTrees.delete(root);
        }
    }

    private int warmArms() {
        return ExperimentInput.plan(experiment, 1, 1, null).arms().size();
    }
}

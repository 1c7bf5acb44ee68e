package org.sahelsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sahelsim.batch.BatchInputs;
import org.sahelsim.batch.BatchPlan;
import org.sahelsim.batch.BatchRunner;
import org.sahelsim.batch.Shard;
import org.sahelsim.rules.RuleSet;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code batch}: every arm of an experiment over the same seeds, then statistics, charts and a report. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Run an experiment: every arm on the same seed list (common random numbers), in parallel,",
                "then write tidy statistics (aggregate/), charts (charts/) and report.html.",
                "With --shard i/n only shard i of n runs; 'sahelsim merge DIR' then aggregates the shards."})
public final class BatchCommand implements Callable<Integer> {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "Experiment YAML file, e.g. scenarios/experiments/policy-comparison.yaml.")
    Path experiment;

    @Option(names = "--replicates", paramLabel = "N", description = "Replicates per arm instead of the file's.")
    Integer replicates;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--out", paramLabel = "DIR", description = "Batch folder (default: results/<experiment>-<timestamp>).")
    Path out;

    @Option(names = "--resume", description = "Continue the batch in --out: skip runs already finished, run the rest.")
    boolean resume;

    @Option(names = "--shard", paramLabel = "i/n", description = "Run only shard i of n (0 <= i < n) into the shared --out folder.")
    String shard;

    @Option(names = "--no-report", description = "Stop after the aggregate tables: no charts, no report.")
    boolean noReport;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @ArgGroup(exclusive = true)
    Horizon horizon = new Horizon();

    static final class Horizon {
        @Option(names = "--weeks", paramLabel = "N", description = "Run every arm for N weeks instead of to the scenario's end.")
        Integer weeks;

        @Option(names = "--until", paramLabel = "DATE", description = "Run every arm to this date (ISO).")
        LocalDate until;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Shard part = shard();
        if (threads < 1) {
            throw new BadInputException("--threads " + threads + " must be at least 1");
        }
        BatchPlan plan = ExperimentInput.plan(experiment, replicates, horizon.weeks, horizon.until);
        Path root = root(plan, part);
        Optional<String> other = plan.manifest().writeOrCompare(root);
        if (other.isPresent()) {
            throw new BadInputException(root + " holds another batch: " + other.get() + " (choose another --out)");
        }
        BatchInputs.copy(plan, root);
        PrintWriter o = spec.commandLine().getOut();
        BatchRunner.Outcome done;
        try (BatchProgress progress = BatchProgress.create(quiet)) {
            done = BatchRunner.run(plan, root, part, threads, resume, RuleSet::standard, args(), progress);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        o.printf("%s: %d runs (%d arms x %d replicates%s): %d run now, %d already finished%n", plan.manifest().experiment(),
                done.owned(), plan.arms().size(), plan.manifest().replicates(), part.isAll() ? "" : ", shard " + part,
                done.ran(), done.skipped());
        if (!part.isAll()) {
            o.println("shard " + part + " done; when every shard is done: sahelsim merge " + root);
            return SahelCli.OK;
        }
        BatchFinish.finish(root, plan.manifest(), plan.map(), false, !noReport, o);
        return SahelCli.OK;
    }

    private Shard shard() {
        if (shard == null) {
            return Shard.ALL;
        }
        if (out == null) {
            throw new BadInputException("--shard needs --out DIR: the folder all shards share");
        }
        try {
            return Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private Path root(BatchPlan plan, Shard part) {
        Path root = out != null ? out
                : Path.of("results", plan.manifest().experiment() + "-" + STAMP.format(Instant.now()));
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new BadInputException("--out " + root + " is a file, not a folder");
        }
        if (!resume && part.isAll() && Files.isDirectory(root) && !isEmpty(root)) {
            throw new BadInputException("batch folder already exists: " + root + " (use --resume to continue it,"
                    + " or choose another --out)");
        }
        return root;
    }

    private static boolean isEmpty(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new BadInputException("cannot read " + dir + ": " + e.getMessage());
        }
    }

    private List<String> args() {
        return List.copyOf(spec.commandLine().getParseResult().originalArgs());
    }
}

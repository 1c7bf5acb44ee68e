package org.sahelsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sahelsim.batch.BatchInputs;
import org.sahelsim.batch.BatchPlan;
import org.sahelsim.batch.SlurmScripts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code slurm}: writes (and with --submit, submits) a Slurm job array for a batch and its merge. */
@Command(name = "slurm", mixinStandardHelpOptions = true,
        description = {"Write a Slurm job array that runs an experiment as n shards into one batch folder, and a merge",
                "job that starts when every shard succeeded (--dependency=afterok). With --submit, submit both.",
                "The tasks run a copy of this self-contained jar; the nodes need only Java 17 and the shared folder."})
public final class SlurmCommand implements Callable<Integer> {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "Experiment YAML file.")
    Path experiment;

    @Option(names = "--shards", required = true, paramLabel = "n", description = "Number of shards (array tasks).")
    int shards;

    @Option(names = "--partition", paramLabel = "P", description = "Slurm partition (default: the cluster's default).")
    String partition;

    @Option(names = "--time", paramLabel = "T", defaultValue = "04:00:00", description = "Time limit per task (default: ${DEFAULT-VALUE}).")
    String time;

    @Option(names = "--mem", paramLabel = "M", defaultValue = "4G", description = "Memory per task, e.g. 4G (default: ${DEFAULT-VALUE}).")
    String mem;

    @Option(names = "--cpus", paramLabel = "C", defaultValue = "2", description = "CPUs per task = worker threads (default: ${DEFAULT-VALUE}).")
    int cpus;

    @Option(names = "--out", paramLabel = "DIR", description = "Batch folder on a file system all nodes share (default: results/<experiment>-<timestamp>).")
    Path out;

    @Option(names = "--replicates", paramLabel = "N", description = "Replicates per arm instead of the file's.")
    Integer replicates;

    @Option(names = "--weeks", paramLabel = "N", description = "Run every arm for N weeks.")
    Integer weeks;

    @Option(names = "--jar", paramLabel = "JAR", description = "The self-contained jar to run (default: the running one, else target/sahelsim-all.jar).")
    Path jar;

    @Option(names = "--submit", description = "Submit the array and the merge with sbatch.")
    boolean submit;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (shards < 1 || cpus < 1) {
            throw new BadInputException("--shards and --cpus must be at least 1");
        }
        if (!time.matches("[0-9:-]+")) {
            throw new BadInputException("--time '" + time + "': expected Slurm's format, e.g. 04:00:00 or 1-00:00:00");
        }
        long memMb;
        try {
            memMb = SlurmScripts.parseMemory(mem);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        BatchPlan plan = ExperimentInput.plan(experiment, replicates, weeks, null);
        Path root = (out != null ? out : Path.of("results", plan.manifest().experiment() + "-" + STAMP.format(Instant.now())))
                .toAbsolutePath().normalize();
        Optional<String> other = plan.manifest().writeOrCompare(root);
        if (other.isPresent()) {
            throw new BadInputException(root + " holds another batch: " + other.get() + " (choose another --out)");
        }
        BatchInputs.copy(plan, root);
        Path dir = Files.createDirectories(root.resolve(SlurmScripts.DIR).resolve("logs")).getParent();
        Path jarCopy = dir.resolve("sahelsim-all.jar");
        Files.copy(SlurmJar.locate(jar), jarCopy, StandardCopyOption.REPLACE_EXISTING);
        SlurmScripts scripts = new SlurmScripts(experiment.toAbsolutePath().normalize(), root, jarCopy,
                Path.of("").toAbsolutePath(), "sahelsim-" + plan.manifest().experiment(), shards, partition, time,
                memMb, cpus, extraArgs());
        write(dir.resolve(SlurmScripts.ARRAY), scripts.arrayScript());
        write(dir.resolve(SlurmScripts.MERGE), scripts.mergeScript());
        write(dir.resolve(SlurmScripts.SUBMIT), scripts.submitScript());
        PrintWriter o = spec.commandLine().getOut();
        o.println("wrote " + dir.resolve(SlurmScripts.ARRAY) + " (" + shards + " shards), "
                + dir.resolve(SlurmScripts.MERGE) + " and " + dir.resolve(SlurmScripts.SUBMIT));
        if (submit) {
            o.println(SlurmJar.submit(dir));
        } else {
            o.println("submit with: bash " + dir.resolve(SlurmScripts.SUBMIT));
        }
        o.println("batch folder: " + root);
        return SahelCli.OK;
    }

    private List<String> extraArgs() {
        List<String> args = new ArrayList<>();
        if (replicates != null) {
            args.addAll(List.of("--replicates", replicates.toString()));
        }
        if (weeks != null) {
            args.addAll(List.of("--weeks", weeks.toString()));
        }
        return args;
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the scripts still run with "bash" or "sbatch" in front.
        }
    }
}

package org.sahelsim.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The scripts that run a batch as a Slurm job array: {@code array.sbatch} runs shard
 * {@code $SLURM_ARRAY_TASK_ID} of n on each array task, {@code merge.sbatch} aggregates them, and
 * {@code submit.sh} submits the array and then the merge with {@code --dependency=afterok} on it,
 * so the merge starts only when every shard succeeded. Shards resume, so a requeued or re-submitted
 * task skips the runs it already finished.
 *
 * @param experiment  the experiment file (absolute)
 * @param root        the batch folder every task shares (absolute)
 * @param jar         the self-contained jar the tasks run (absolute)
 * @param workDir     the folder tasks start in (absolute)
 * @param name        job name
 * @param shards      number of shards = array tasks, 1 or more
 * @param partition   Slurm partition, or null for the cluster's default
 * @param time        time limit per task, Slurm syntax (e.g. 02:00:00)
 * @param memMb       memory per task, MB
 * @param cpus        CPUs per task, also the shard's worker threads
 * @param batchArgs   extra arguments of every shard's batch command (e.g. --replicates 20)
 */
public record SlurmScripts(Path experiment, Path root, Path jar, Path workDir, String name, int shards,
                           String partition, String time, long memMb, int cpus, List<String> batchArgs) {
    public static final String ARRAY = "array.sbatch";
    public static final String MERGE = "merge.sbatch";
    public static final String SUBMIT = "submit.sh";
    public static final String DIR = "slurm";

    public SlurmScripts {
        if (shards < 1 || cpus < 1 || memMb < 256) {
            throw new IllegalArgumentException("need shards >= 1, cpus >= 1 and mem >= 256 MB");
        }
        batchArgs = List.copyOf(batchArgs);
    }

    /**
     * Parses a Slurm memory size ({@code 4G}, {@code 4000M}, {@code 4096}: megabytes by default).
     *
     * @return megabytes
     */
    public static long parseMemory(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (!t.matches("[0-9]{1,9}[KMGT]?")) {
            throw new IllegalArgumentException("--mem '" + text + "': expected a size such as 4G or 4000M");
        }
        char last = t.charAt(t.length() - 1);
        boolean bare = Character.isDigit(last);
        long n = Long.parseLong(bare ? t : t.substring(0, t.length() - 1));
        char unit = bare ? 'M' : last;
        return switch (unit) {
            case 'K' -> Math.max(1, n / 1024);
            case 'G' -> n * 1024;
            case 'T' -> n * 1024 * 1024;
            default -> n;
        };
    }

    /** Java heap for a task: four fifths of its memory, leaving room for the JVM itself. */
    long heapMb() {
        return Math.max(256, memMb * 4 / 5);
    }

    public String arrayScript() {
        List<String> lines = header(name, "--array=0-" + (shards - 1), cpus, "logs/shard-%a.out");
        lines.add("# Shard $SLURM_ARRAY_TASK_ID of " + shards + ": every " + shards + "th run of the batch, into the"
                + " shared folder.");
        lines.add("set -euo pipefail");
        lines.add("exec " + java() + " batch " + q(experiment) + " --out " + q(root) + " --shard \"${SLURM_ARRAY_TASK_ID}/"
                + shards + "\" --threads \"${SLURM_CPUS_PER_TASK:-" + cpus + "}\" --resume --quiet"
                + String.join("", batchArgs.stream().map(a -> " " + shellWord(a)).toList()));
        return String.join("\n", lines) + "\n";
    }

    public String mergeScript() {
        List<String> lines = header(name + "-merge", null, 1, "logs/merge.out");
        lines.add("# Aggregates the shards: the tables, charts and report of a one-machine batch.");
        lines.add("set -euo pipefail");
        lines.add("exec " + java() + " merge " + q(root));
        return String.join("\n", lines) + "\n";
    }

    public String submitScript() {
        Path dir = root.resolve(DIR);
        return String.join("\n", List.of("#!/bin/bash",
                "# Submits the shards as a job array, then the merge, which waits until every shard succeeded.",
                "set -euo pipefail",
                "array=$(sbatch --parsable " + q(dir.resolve(ARRAY)) + ")",
                "array=${array%%;*}",
                "merge=$(sbatch --parsable --dependency=afterok:${array} " + q(dir.resolve(MERGE)) + ")",
                "echo \"array job ${array}, merge job ${merge%%;*}\"")) + "\n";
    }

    private List<String> header(String job, String array, int taskCpus, String log) {
        List<String> lines = new ArrayList<>(List.of("#!/bin/bash",
                "#SBATCH --job-name=" + job));
        if (array != null) {
            lines.add("#SBATCH " + array);
        }
        lines.add("#SBATCH --cpus-per-task=" + taskCpus);
        lines.add("#SBATCH --mem=" + memMb + "M");
        lines.add("#SBATCH --time=" + time);
        if (partition != null) {
            lines.add("#SBATCH --partition=" + partition);
        }
        lines.add("#SBATCH --chdir=" + workDir);
        lines.add("#SBATCH --output=" + root.resolve(DIR).resolve(log));
        lines.add("# Written by 'sahelsim slurm' for the batch in " + root + ".");
        return lines;
    }

    private String java() {
        return "java -Xmx" + heapMb() + "m -jar " + q(jar);
    }

    private static String q(Path p) {
        return shellWord(p.toString());
    }

    /** A word for the shell: as is when safe, else in single quotes. */
    static String shellWord(String s) {
        if (s.matches("[A-Za-z0-9_./:=@%+,-]+")) {
            return s;
        }
        return "'" + s.replace("'", "'\\''") + "'";
    }
}

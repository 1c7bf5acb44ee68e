package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sahelsim.batch.SlurmScripts;

/** {@code slurm} writes a job array over the shards and a merge that depends on it. */
class SlurmCommandTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"batch", "merge", "chart", "report", "slurm", "bench-batch"})
    void everyBatchCommandHasHelp(String command) {
        CliRunner.Outcome r = CliRunner.run(command, "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Usage: sahelsim " + command), r.out());
    }

    @Test
    void writesAnArrayAMergeAndASubmitScript() throws Exception {
        Path jar = Files.writeString(tmp.resolve("fake.jar"), "jar");
        Path out = tmp.resolve("batch");
        CliRunner.Outcome r = CliRunner.run("slurm", BatchCommandTest.TINY, "--shards", "4", "--partition", "short",
                "--time", "00:30:00", "--mem", "3G", "--cpus", "2", "--out", out.toString(), "--jar", jar.toString(),
                "--replicates", "2", "--weeks", "6");
        assertEquals(0, r.code(), r.err());
        String array = Files.readString(out.resolve("slurm/array.sbatch"));
        for (String line : new String[] {"#SBATCH --array=0-3", "#SBATCH --cpus-per-task=2", "#SBATCH --mem=3072M",
            "#SBATCH --time=00:30:00", "#SBATCH --partition=short", "--shard \"${SLURM_ARRAY_TASK_ID}/4\"",
            "--resume --quiet --replicates 2 --weeks 6", "-jar " + out.toAbsolutePath() + "/slurm/sahelsim-all.jar",
            "-Xmx2457m"}) {
            assertTrue(array.contains(line), "array.sbatch lacks " + line + ":\n" + array);
        }
        String merge = Files.readString(out.resolve("slurm/merge.sbatch"));
        assertTrue(merge.contains(" merge " + out.toAbsolutePath()), merge);
        String submit = Files.readString(out.resolve("slurm/submit.sh"));
        assertTrue(submit.contains("sbatch --parsable --dependency=afterok:${array} "), submit);
        assertEquals("jar", Files.readString(out.resolve("slurm/sahelsim-all.jar")), "the tasks run a copy of the jar");
        assertTrue(Files.isRegularFile(out.resolve("batch.json")), "the plan is written before anything runs");
        assertTrue(r.out().contains("submit with: bash " + out.toAbsolutePath().resolve("slurm/submit.sh")), r.out());
    }

    @Test
    void badOptionsExitTwo() {
        assertEquals(2, CliRunner.run("slurm", BatchCommandTest.TINY, "--shards", "0", "--out", tmp.toString()).code());
        assertEquals(2, CliRunner.run("slurm", BatchCommandTest.TINY, "--shards", "2", "--mem", "lots",
                "--out", tmp.toString()).code());
        assertEquals(2, CliRunner.run("slurm", BatchCommandTest.TINY).code(), "--shards is required");
    }

    @Test
    void memorySizesReadLikeSlurms() {
        assertEquals(4096, SlurmScripts.parseMemory("4G"));
        assertEquals(4000, SlurmScripts.parseMemory("4000M"));
        assertEquals(4096, SlurmScripts.parseMemory("4096"));
        assertEquals(1024 * 1024, SlurmScripts.parseMemory("1t"));
    }
}

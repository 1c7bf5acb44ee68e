package org.sahelsim.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.cli.SahelCli;

/**
 * Runs notebooks/policy-comparison.ipynb headless ({@code jupyter nbconvert --execute}) on a small
 * batch: it must rebuild the headline table, agree with paired.csv and draw its fan chart. Needs
 * Debian's python3-pandas, python3-matplotlib, python3-scipy, jupyter-nbconvert and python3-ipykernel;
 * .ci/run installs them and sets SAHELSIM_REQUIRE_NOTEBOOK=1, so there a missing tool is a failure,
 * not a skip.
 */
class NotebookTest {
    private static final String PYTHON = "/usr/bin/python3";

    @TempDir
    Path tmp;

    @Test
    void theNotebookRunsOnABatchAndReproducesTheHeadlineTable() throws Exception {
        boolean required = "1".equals(System.getenv("SAHELSIM_REQUIRE_NOTEBOOK"));
        boolean available = run(tmp, PYTHON, "-c", "import pandas, matplotlib, scipy, nbconvert, ipykernel") == 0;
        if (required) {
            assertTrue(available, PYTHON + " lacks pandas, matplotlib, scipy, nbconvert or ipykernel");
        }
        Assumptions.assumeTrue(available, "Debian's Jupyter and pandas are not installed here");
        Path batch = tmp.resolve("batch");
        java.io.StringWriter err = new java.io.StringWriter();
        int code = SahelCli.execute(new String[] {"batch", "src/test/resources/experiments/tiny.yaml", "--weeks", "5",
            "--out", batch.toString(), "--no-report", "--quiet"}, new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(err));
        assertEquals(0, code, err.toString());
        Path out = tmp.resolve("executed.ipynb");
        ProcessBuilder pb = new ProcessBuilder(PYTHON, "-m", "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.timeout=300", "--output", out.toString(), "notebooks/policy-comparison.ipynb");
        pb.environment().put("SAHELSIM_BATCH", batch.toAbsolutePath().toString());
        pb.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        int exit = run(pb, tmp.resolve("nbconvert.log"));
        assertEquals(0, exit, "nbconvert failed:\n" + Files.readString(tmp.resolve("nbconvert.log")));
        String executed = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(executed.contains("headline rows agree with aggregate/paired.csv"), "the check cell ran");
        assertTrue(executed.contains("\"image/png\""), "the fan chart was drawn");
        assertTrue(executed.contains("africa-corps-withdrawal"), "the table names the arms");
    }

    private static int run(Path dir, String... command) throws Exception {
        try {
            return run(new ProcessBuilder(command), dir.resolve("probe.log"));
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static int run(ProcessBuilder pb, Path log) throws Exception {
        File logFile = log.toFile();
        Process p = pb.redirectErrorStream(true).redirectOutput(logFile).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return -2;
        }
        return p.exitValue();
    }
}

package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line from the outside: exit codes, help, output files. */
class CliTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"run", "world", "schema", "bench", "gui", "history", "validate", "batch", "merge", "chart",
            "report", "slurm", "bench-batch"})
    void everyCommandHasHelp(String command) {
        CliRunner.Outcome r = CliRunner.run(command, "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Usage: sahelsim " + command), r.out());
    }

    @Test
    void runWritesEveryFileWithProvenance() throws Exception {
        Path out = tmp.resolve("run");
        CliRunner.Outcome r = CliRunner.run("run", "scenarios/baseline-2026.yaml", "--seed", "5", "--weeks", "6", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        for (String f : List.of("timeseries.csv", "events.csv", "regions.csv", "forces.csv", "log.csv", "summary.json",
                "map-start-2026-06-01.png", "map-end-2026-07-13.png")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        for (String f : List.of("timeseries.csv", "events.csv", "regions.csv", "forces.csv", "log.csv")) {
            String header = Files.readAllLines(out.resolve(f)).get(0);
            assertTrue(header.startsWith("run_id,seed,"), f + ": " + header);
        }
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(5, s.get("seed").asInt());
        assertEquals(6, s.get("weeks").asInt());
        JsonNode p = s.get("provenance");
        assertEquals(64, p.get("scenarioSha256").asText().length());
        assertFalse(p.get("masonVersion").asText().isBlank());
        assertFalse(p.get("javaVersion").asText().isBlank());
        assertTrue(r.out().strip().endsWith(out.toString()), r.out());
    }

    @Test
    void existingOutputFolderIsRefusedAndKept() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        CliRunner.Outcome r = CliRunner.run("run", "scenarios/baseline-2026.yaml", "--weeks", "2", "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("already exists"), r.err());
        assertEquals("mine", Files.readString(out.resolve("keep.txt")));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, CliRunner.run("run").code());
        assertEquals(2, CliRunner.run("run", "scenarios/baseline-2026.yaml", "--weeks", "2", "--until", "2027-01-01").code());
        assertEquals(2, CliRunner.run("run", "no/such/file.yaml").code());
        assertEquals(2, CliRunner.run("run", "scenarios/baseline-2026.yaml", "--until", "2020-01-01").code());
        assertEquals(2, CliRunner.run("frobnicate").code());
    }

    @Test
    void internalErrorsExitOneWithoutStackTrace() {
        StringWriter err = new StringWriter();
        int code = ErrorReport.report(new IllegalStateException("boom"), new PrintWriter(err, true));
        assertEquals(1, code);
        assertTrue(err.toString().contains("internal error"));
        assertFalse(err.toString().contains("\tat "));
    }

    @Test
    void theJarEntryPointRunsInItsOwnProcess() throws Exception {
        Path out = tmp.resolve("proc");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), SahelCli.class.getName(),
                "run", "scenarios/baseline-2026.yaml", "--weeks", "3", "--no-maps", "--out", out.toString())
                .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), text);
        assertTrue(Files.exists(out.resolve("summary.json")));
        Process bad = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), SahelCli.class.getName(),
                "run", "src/test/resources/bad-scenarios/out-of-range.yaml").redirectErrorStream(true).start();
        String badText = new String(bad.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bad.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, bad.exitValue(), badText);
        assertEquals(1, badText.strip().lines().count(), badText);
        assertTrue(new File(out.toString()).isDirectory());
    }
}

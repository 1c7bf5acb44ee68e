package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batches from the command line: results do not depend on the thread count, a resumed batch and a
 * merged set of shards give byte for byte the aggregates, charts and report of one uninterrupted
 * batch, and an incomplete set of shards is refused unless a partial merge is asked for.
 */
class BatchCommandTest {
    static final String TINY = "src/test/resources/experiments/tiny.yaml";
    static final String[] SMALL = {"--weeks", "6", "--quiet"};

    @TempDir
    static Path tmp;
    static Path reference;

    @BeforeAll
    static void referenceBatch() {
        reference = tmp.resolve("two-threads");
        CliRunner.Outcome r = batch(reference, "--threads", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().strip().endsWith("report: " + reference.resolve("report.html").toAbsolutePath())
                || r.out().strip().endsWith("report: " + reference.resolve("report.html")), r.out());
    }

    static CliRunner.Outcome batch(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("batch", TINY, "--out", out.toString()));
        args.addAll(List.of(SMALL));
        args.addAll(List.of(more));
        return CliRunner.run(args.toArray(new String[0]));
    }

    @Test
    void oneThreadGivesTheSameBytesAsTwo() throws IOException {
        Path one = tmp.resolve("one-thread");
        assertEquals(0, batch(one, "--threads", "1").code());
        assertSameResults(reference, one);
    }

    @Test
    void shardsMergedGiveTheSameBytesAndAnIncompleteSetIsRefused() throws IOException {
        Path dir = tmp.resolve("shards");
        assertEquals(0, batch(dir, "--shard", "0/3", "--threads", "1").code());
        CliRunner.Outcome second = batch(dir, "--shard", "1/3", "--threads", "2");
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().contains("sahelsim merge " + dir), second.out());
        CliRunner.Outcome refused = CliRunner.run("merge", dir.toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("2 of 6 runs are missing: status-quo-r002, africa-corps-withdrawal-r002"),
                refused.err());
        assertEquals(1, refused.err().strip().lines().count(), refused.err());
        CliRunner.Outcome partial = CliRunner.run("merge", dir.toString(), "--allow-partial");
        assertEquals(0, partial.code(), partial.err());
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("Partial batch.") && html.contains("africa-corps-withdrawal-r002"));
        assertEquals(0, batch(dir, "--shard", "2/3").code());
        assertEquals(0, CliRunner.run("merge", dir.toString()).code());
        assertSameResults(reference, dir);
    }

    @Test
    void aKilledBatchResumedGivesTheSameBytes() throws IOException {
        Path dir = tmp.resolve("killed");
        assertEquals(0, batch(dir, "--shard", "0/2").code(), "half the runs, as if killed midway");
        Path stale = Files.createDirectories(dir.resolve("runs/status-quo/.r001.partial-123"));
        Files.writeString(stale.resolve("timeseries.csv"), "half-written");
        CliRunner.Outcome again = batch(dir);
        assertEquals(2, again.code(), "without --resume an existing batch is refused");
        assertTrue(again.err().contains("use --resume"), again.err());
        CliRunner.Outcome resumed = batch(dir, "--resume");
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains("3 run now, 3 already finished"), resumed.out());
        assertFalse(Files.exists(stale), "the stale partial folder is cleaned up");
        assertSameResults(reference, dir);
    }

    @Test
    void chartAndReportRedrawTheSameFiles() throws IOException {
        Path dir = tmp.resolve("redraw");
        assertEquals(0, batch(dir).code());
        Files.delete(dir.resolve("report.html"));
        assertEquals(0, CliRunner.run("chart", dir.toString()).code());
        CliRunner.Outcome report = CliRunner.run("report", dir.toString());
        assertEquals(0, report.code(), report.err());
        assertSameResults(reference, dir);
    }

    @Test
    void theReportSaysWhatWasRunWhatItFoundAndWhatItIsNot() throws IOException {
        String html = Files.readString(reference.resolve("report.html"));
        for (String part : List.of("Exploratory results, not forecasts.", "they do not say what will happen",
                "What was run", "baseline-2026", "100, 101, 102", "Reference arm", "africa-corps-withdrawal",
                "Africa Corps leaves Mali in the second week.", "timeline: [{&quot;type&quot;:&quot;set-force&quot;",
                "resolution: 0.5", "Headline paired differences", "The population under the control of jihadist groups",
                "paired replicates", "95% CI", "Replicates needed", "Provenance of every run", "Definitions",
                "<b>Better</b> takes the side of civilians")) {
            assertTrue(html.contains(part), "report lacks: " + part);
        }
        for (String run : List.of("status-quo-r000", "status-quo-r002", "africa-corps-withdrawal-r001")) {
            assertTrue(html.contains("<td>" + run + "</td>"), "provenance lacks run " + run);
        }
        long charts = files(reference.resolve("charts")).stream().filter(f -> f.toString().endsWith(".png")).count();
        assertEquals(charts, html.split("src=\"data:image/png;base64,", -1).length - 1, "every chart is embedded");
        assertFalse(html.contains("src=\"charts/"), "self-contained: no image is linked");
        assertFalse(html.contains("Partial batch"));
    }

    @Test
    void theSameSeedsRunInEveryArm() throws IOException {
        for (String rep : List.of("r000", "r001", "r002")) {
            String a = Files.readString(reference.resolve("runs/status-quo/" + rep + "/summary.json"));
            String b = Files.readString(reference.resolve("runs/africa-corps-withdrawal/" + rep + "/summary.json"));
            assertEquals(seed(a), seed(b), rep);
        }
        assertEquals("100", seed(Files.readString(reference.resolve("runs/status-quo/r000/summary.json"))));
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws IOException {
        CliRunner.Outcome r = CliRunner.run("batch", "src/test/resources/bad-experiments/bad-override-value.yaml",
                "--out", tmp.resolve("never").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("sahelsim: src/test/resources/bad-experiments/bad-override-value.yaml:7:25:"),
                r.err());
        assertFalse(Files.exists(tmp.resolve("never")), "nothing is written for bad input");
        assertEquals(2, CliRunner.run("batch", TINY, "--shard", "0/2").code(), "--shard needs --out");
        assertEquals(2, CliRunner.run("batch", TINY, "--shard", "2/2", "--out", tmp.resolve("x").toString()).code());
        assertEquals(2, CliRunner.run("batch", "no/such.yaml").code());
        assertEquals(2, CliRunner.run("merge", tmp.toString()).code(), "not a batch folder");
        CliRunner.Outcome other = CliRunner.run("batch", TINY, "--out", reference.toString(), "--resume", "--weeks", "5",
                "--quiet");
        assertEquals(2, other.code());
        assertTrue(other.err().contains("holds another batch: end is \"2026-07-13\" in the folder but"
                + " \"2026-07-06\" now"), other.err());
    }

    private static String seed(String summary) {
        return summary.replaceAll("(?s).*\"seed\": (\\d+).*", "$1");
    }

    /** Aggregates, charts and report are byte-identical. */
    static void assertSameResults(Path expected, Path actual) throws IOException {
        List<Path> files = files(expected.resolve("aggregate"));
        files.addAll(files(expected.resolve("charts")));
        files.add(expected.resolve("report.html"));
        files.add(expected.resolve("batch.json"));
        assertTrue(files.size() > 30, "files compared: " + files.size());
        for (Path f : files) {
            Path other = actual.resolve(expected.relativize(f));
            assertTrue(Files.isRegularFile(other), "missing " + other);
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(other), "differs: " + expected.relativize(f));
        }
        assertEquals(files(expected.resolve("charts")).size(), files(actual.resolve("charts")).size());
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.sorted().toList());
        }
    }
}

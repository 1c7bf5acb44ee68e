package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code gui} command's input checks, in-process (the tests run headless). The GUI itself is
 * started under Xvfb by {@code org.sahelsim.gui.GuiScreenshotTest}.
 */
class GuiCommandTest {
    @TempDir
    Path tmp;

    private static void assertBadInput(CliRunner.Outcome r, String expected) {
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    }

    @Test
    void withoutADisplayItSaysHowToGetOne() {
        assertBadInput(CliRunner.run("gui", "scenarios/baseline-2026.yaml"), "xvfb-run");
    }

    @Test
    void badOptionsAndFilesAreReportedBeforeAnyWindowOpens() throws Exception {
        assertBadInput(CliRunner.run("gui", "--weeks", "0"), "--weeks 0 is out of range");
        assertBadInput(CliRunner.run("gui", "--bench-weeks", "-3"), "--bench-weeks -3 is out of range");
        assertBadInput(CliRunner.run("gui", tmp.resolve("missing.yaml").toString()), "scenario file not found");
        assertBadInput(CliRunner.run("gui", "--screenshot", tmp.resolve("no/such/dir/x.png").toString()),
                "folder not found");
        assertBadInput(CliRunner.run("gui", "--bench", "--screenshot", tmp.resolve("x.png").toString()),
                "only one of");
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), "name: bad\nstart: 2026-01-01\nweeks: 10\nnosuchkey: 1\n");
        assertBadInput(CliRunner.run("gui", bad.toString()), "nosuchkey");
    }
}

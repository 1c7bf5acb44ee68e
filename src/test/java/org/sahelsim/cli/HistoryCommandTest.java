package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code history derive} from the outside. */
class HistoryCommandTest {
    private static final Path DATA = Path.of("..", "shared", "data", "events");

    @TempDir
    Path tmp;

    @Test
    void helpNamesTheFiles() {
        CliRunner.Outcome r = CliRunner.run("history", "derive", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Usage: sahelsim history derive"), r.out());
        assertTrue(r.out().contains("--check"), r.out());
    }

    @Test
    void aMissingDataFolderIsBadInput() {
        CliRunner.Outcome r = CliRunner.run("history", "derive", "--data", tmp.resolve("nowhere").toString(),
                "--table", tmp.resolve("t.csv").toString(), "--scenario", tmp.resolve("s.yaml").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("not found"), r.err());
        assertFalse(Files.exists(tmp.resolve("t.csv")), "nothing written");
    }

    @Test
    void deriveWritesWhatCheckThenAccepts() {
        assumeTrue(Files.isDirectory(DATA), "UCDP extract not found at " + DATA + "; skipping");
        String table = tmp.resolve("a.csv").toString();
        String scenario = tmp.resolve("sub/f.yaml").toString();
        CliRunner.Outcome check = CliRunner.run("history", "derive", "--check", "--table", table, "--scenario", scenario);
        assertEquals(1, check.code(), "files absent: out of date");
        CliRunner.Outcome w = CliRunner.run("history", "derive", "--table", table, "--scenario", scenario);
        assertEquals(0, w.code(), w.err());
        assertTrue(w.out().contains("JNIM"), w.out());
        assertEquals(0, CliRunner.run("history", "derive", "--check", "--table", table, "--scenario", scenario).code());
        assertEquals(0, CliRunner.run("history", "derive", "--check").code(), "committed files are up to date");
    }
}

package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} from the outside, on a short horizon. */
class ValidateCommandTest {
    @TempDir
    Path tmp;

    @Test
    void writesTheTableAndTheFiles() throws Exception {
        Path out = tmp.resolve("v");
        CliRunner.Outcome r = CliRunner.run("validate", "--replicates", "2", "--threads", "2", "--weeks", "6",
                "--seed", "3", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("2 replicates (seeds 3-4)"), r.out());
        assertTrue(r.out().contains("P3b") && r.out().contains("not evaluable"), r.out());
        assertTrue(r.out().strip().endsWith(out.toString()), r.out());
        for (String f : List.of("validation.csv", "replicates.csv", "validation.html", "provenance.json")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        assertTrue(Files.readString(out.resolve("provenance.json")).contains("historical-2020-forces.yaml"),
                "the derived fragment is recorded as an inherited file");
        assertTrue(r.err().contains("4/4 runs done"), "two replicates in the base and the corridor-interdicted arm: " + r.err());
    }

    @Test
    void badArgumentsAreBadInputAndWriteNothing() throws Exception {
        Path out = tmp.resolve("none");
        CliRunner.Outcome zero = CliRunner.run("validate", "--replicates", "0", "--out", out.toString());
        assertEquals(2, zero.code());
        assertTrue(zero.err().contains("--replicates 0"), zero.err());
        CliRunner.Outcome missing = CliRunner.run("validate", tmp.resolve("no.yaml").toString(), "--out", out.toString());
        assertEquals(2, missing.code());
        assertFalse(Files.exists(out));
        Path taken = Files.createDirectories(tmp.resolve("taken"));
        CliRunner.Outcome exists = CliRunner.run("validate", "--replicates", "1", "--weeks", "2", "--out", taken.toString());
        assertEquals(2, exists.code());
        assertTrue(exists.err().contains("already exists"), exists.err());
    }
}

package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One bad scenario file per error kind, run through {@code sahelsim run}: exit code 2, one line
 * naming the file (and line, key and value where there are), no stack trace, no output folder.
 */
class BadScenarioTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown-key.yaml        | unknown-key.yaml:5:3: | 'speedCels' | riverCost, speedCells, temperature",
        "out-of-range.yaml       | out-of-range.yaml:5:22: | combat.engageProbability = 1.7 | allowed 0..1",
        "malformed.yaml          | malformed.yaml:5: | malformed YAML | ",
        "wrong-type.yaml         | wrong-type.yaml:5:14: | combat.lethality | expected a number",
        "unknown-faction.yaml    | unknown-faction.yaml:5:3: | 'ISIS' | allowed: ISSP, JNIM",
        "missing-start.yaml      | missing-start.yaml | start | ",
        "unknown-region.yaml     | unknown-region.yaml:5: | forces[0].region = 'ML-99' | allowed: a region code",
        "unknown-event-type.yaml | unknown-event-type.yaml:5: | 'land-invasion' | add-units",
        "end-and-weeks.yaml      | end-and-weeks.yaml | only one of 'end' and 'weeks' | ",
        "java-tag.yaml           | java-tag.yaml:4: | tag | ",
        "missing-parent.yaml     | missing-parent.yaml | no-such-parent.yaml | ",
        "unknown-wing-base.yaml  | unknown-wing-base.yaml:6: | drones.wings[0].base = 'Agadès Base 201' | allowed: a site name",
        "unknown-wing.yaml       | unknown-wing.yaml:8: | timeline[0].wing = 'Niger TB3' | allowed: the name of a wing",
        "duplicate-wing.yaml     | duplicate-wing.yaml:5:3: | two wings are named 'Niger TB2' | ",
        "unknown-region-in-base.yaml | unknown-region-in-base.yaml:5: | factions.ISSP.base[1] = 'ML-99' | allowed: a region code",
        "state-base.yaml         | state-base.yaml:5: | factions.MALI.base[0] = 'ML-9' | only jihadist groups",
    })
    void badFileGivesOneLineAndExitTwo(String file, String where, String what, String allowed) throws Exception {
        Path scenario = Path.of("src/test/resources/bad-scenarios", file.trim());
        Path out = tmp.resolve("out");
        CliRunner.Outcome r = CliRunner.run("run", scenario.toString(), "--out", out.toString(), "--no-maps");
        assertEquals(2, r.code(), r.err());
        String msg = r.err().strip();
        assertEquals(1, msg.lines().count(), "one line: " + msg);
        assertTrue(msg.contains(where.trim()), "names the place '" + where.trim() + "': " + msg);
        assertTrue(msg.contains(what.trim()), "names the key/value '" + what.trim() + "': " + msg);
        if (allowed != null && !allowed.isBlank()) {
            assertTrue(msg.contains(allowed.trim()), "says what is allowed '" + allowed.trim() + "': " + msg);
        }
        assertFalse(msg.contains("Exception") || msg.contains("\tat "), "no stack trace: " + msg);
        assertFalse(Files.exists(out), "no output folder for bad input");
    }
}

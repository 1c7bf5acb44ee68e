package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code calibrate} from the outside: a tiny run of the shipped calibration file, and bad input. */
class CalibrateCommandTest {
    static final String BAD = "src/test/resources/bad-calibrations/";

    @TempDir
    Path tmp;

    @Test
    void aTinyRunWritesItsFilesAndReportsTheBest() throws Exception {
        Path out = tmp.resolve("c");
        CliRunner.Outcome r = CliRunner.run("calibrate", "--points", "2", "--refine", "1", "--replicates", "1",
                "--weeks", "4", "--threads", "2", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        for (String f : List.of("calibration.csv", "best.yaml", "provenance.json")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        List<String> rows = Files.readAllLines(out.resolve("calibration.csv"));
        assertEquals(4, rows.size(), "a header and three evaluations: " + rows);
        assertTrue(rows.get(0).startsWith("point,stage,first_seed,replicates,recruitment.poolShare,"), rows.get(0));
        assertTrue(r.err().contains("calibrate: screen 1/3 objective") && r.err().contains("calibrate: refine 3/3"), r.err());
        assertTrue(r.out().startsWith("best of 3 points: point "), r.out());
        assertTrue(r.out().contains("recruitment.poolShare"), r.out());
        assertTrue(r.out().strip().endsWith(out.toString()), r.out());
        String prov = Files.readString(out.resolve("provenance.json"));
        assertTrue(prov.contains("historical-2020.yaml") && prov.contains("baseline-2026.yaml"),
                "the scenarios are recorded: " + prov);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown-parameter.yaml | unknown-parameter.yaml:11:12: | 'recruitment.poolShar' | valid keys: affinity, bands",
        "above-range.yaml       | above-range.yaml:11:52: | max outside the documented range: recruitment.poolShare = 1.5 | allowed 0..1",
        "below-range.yaml       | below-range.yaml:11:39: | min outside the documented range: movement.replanWeeks = 0 | allowed 1..52",
        "min-above-max.yaml     | min-above-max.yaml:11:5: | recruitment.poolShare: max = 0.001 is not above min = 0.01 | allowed: min < max",
        "not-integer.yaml       | not-integer.yaml:11:12: | movement.replanWeeks: expected an integer | set integer: true",
        "unknown-key.yaml       | unknown-key.yaml:11:58: | unknown key 'wy' | valid keys: integer, max, min, path, why",
        "validation-seeds.yaml  | validation-seeds.yaml: | seed = 45 | allowed: seeds disjoint from 1-50 and 1001-1050",
    })
    void badCalibrationFileGivesOneLineAndExitTwo(String file, String where, String what, String allowed) {
        Path out = tmp.resolve("out");
        CliRunner.Outcome r = CliRunner.run("calibrate", BAD + file.trim(), "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        String msg = r.err().strip();
        assertEquals(1, msg.lines().count(), "one line: " + msg);
        assertTrue(msg.startsWith("sahelsim: " + BAD + where.trim()), "names the file and place: " + msg);
        assertTrue(msg.contains(what.trim()), "names the key and value '" + what.trim() + "': " + msg);
        assertTrue(msg.contains(allowed.trim()), "says what is allowed '" + allowed.trim() + "': " + msg);
        assertFalse(msg.contains("Exception") || msg.contains("\tat "), "no stack trace: " + msg);
        assertFalse(Files.exists(out), "no output folder for bad input");
    }

    @Test
    void badOptionsAreBadInputAndWriteNothing() throws Exception {
        Path out = tmp.resolve("none");
        CliRunner.Outcome weeks = CliRunner.run("calibrate", "--weeks", "0", "--out", out.toString());
        assertEquals(2, weeks.code());
        assertTrue(weeks.err().strip().equals("sahelsim: --weeks 0 is out of range; allowed 1..5200"), weeks.err());
        CliRunner.Outcome points = CliRunner.run("calibrate", "--points", "0", "--out", out.toString());
        assertEquals(2, points.code());
        assertTrue(points.err().contains("--points 0"), points.err());
        CliRunner.Outcome refine = CliRunner.run("calibrate", BAD + "validation-seeds.yaml", "--refine", "3",
                "--out", out.toString());
        assertEquals(2, refine.code());
        assertTrue(refine.err().contains("refine = 3 with one parameter"), refine.err());
        CliRunner.Outcome missing = CliRunner.run("calibrate", tmp.resolve("no.yaml").toString(), "--out", out.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("calibration file not found"), missing.err());
        Path taken = Files.createDirectories(tmp.resolve("taken"));
        CliRunner.Outcome exists = CliRunner.run("calibrate", "--points", "1", "--out", taken.toString());
        assertEquals(2, exists.code());
        assertTrue(exists.err().contains("already exists"), exists.err());
        assertFalse(Files.exists(out));
    }
}

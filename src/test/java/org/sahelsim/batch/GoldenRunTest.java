package org.sahelsim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.testing.Runs;

/**
 * Golden test: baseline-2026, seed 7, 26 weeks, against src/test/resources/golden/baseline-2026-seed7-26w.txt.
 * Any change to the model's behaviour changes this file on purpose; regenerate with
 * {@code mvn test -Dtest=GoldenRunTest -Dsahelsim.regenerate=true} and review the diff.
 */
class GoldenRunTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/baseline-2026-seed7-26w.txt");
    static final String HEADER = """
            # Golden run: scenarios/baseline-2026.yaml, seed 7, 26 weeks, 0.1 degree grid, standard rules.
            # Content: timeseries.csv then events.csv of that run.
            # Regenerate after an intended change of behaviour:
            #   mvn test -Dtest=GoldenRunTest -Dsahelsim.regenerate=true
            # then review the diff and commit it together with the change (the commit is its provenance).
            """;

    @TempDir
    Path tmp;

    @Test
    void baselineMatchesGolden() throws Exception {
        Path dir = Runs.run(Runs.scenario("baseline-2026.yaml", 26), 7, tmp.resolve("run"));
        String actual = HEADER + "## timeseries.csv\n" + Files.readString(dir.resolve("timeseries.csv"))
                + "## events.csv\n" + Files.readString(dir.resolve("events.csv"));
        if (Boolean.getBoolean("sahelsim.regenerate")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual,
                "run differs from " + GOLDEN + "; if intended, regenerate (see the file's header)");
    }
}

package org.sahelsim.batch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahelsim.geo.WorldResources;
import org.sahelsim.model.config.ScenarioConfig;
import org.sahelsim.scenario.Loaded;
import org.sahelsim.scenario.Scenarios;
import org.sahelsim.testing.Runs;

/** Every bundled scenario loads, references only real regions and sites, and runs a few weeks. */
class ScenarioSmokeTest {
    @TempDir
    Path tmp;

    static List<Path> bundled() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundled")
    void runsFourWeeks(Path file) throws Exception {
        Loaded<ScenarioConfig> loaded = Scenarios.load(file);
        ScenarioConfig c = loaded.value().withWeeks(4);
        Scenarios.checkReferences(file, c, WorldResources.load(c.resolution()));
        Path dir = Runs.run(c, 1, tmp.resolve(c.name()));
        long rows = Files.lines(dir.resolve("timeseries.csv")).count();
        assertTrue(rows > 4, file + ": timeseries has " + rows + " lines");
    }
}

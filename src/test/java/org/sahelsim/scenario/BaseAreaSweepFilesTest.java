package org.sahelsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.config.ScenarioConfig;

/**
 * The base-area sweep recorded in TRACE element 8 (scenarios/calibration/base-area): every file
 * loads, and differs from the historical scenario only in the movement weight its name gives.
 */
class BaseAreaSweepFilesTest {
    @Test
    void eachFileIsTheHistoricalScenarioWithOneMovementValue() throws Exception {
        ScenarioConfig historical = Scenarios.load(Path.of("scenarios/historical-2020.yaml")).value();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("scenarios/calibration/base-area"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertEquals(7, files.size(), "five wBase points and two baseShare points");
        for (Path f : files) {
            ScenarioConfig c = Scenarios.load(f).value();
            String stem = f.getFileName().toString().replace(".yaml", "");
            double value = Double.parseDouble(stem.substring(stem.indexOf('-') + 1));
            if (stem.startsWith("wBase-")) {
                assertEquals(value, c.movement().wBase(), 0, f.toString());
                assertEquals(historical.movement().baseShare(), c.movement().baseShare(), 0, f.toString());
            } else {
                assertTrue(stem.startsWith("baseShare-"), f.toString());
                assertEquals(value, c.movement().baseShare(), 0, f.toString());
                assertEquals(historical.movement().wBase(), c.movement().wBase(), 0, f.toString());
            }
            assertEquals(historical.forces(), c.forces(), f.toString());
            assertEquals(historical.timeline(), c.timeline(), f.toString());
        }
    }
}

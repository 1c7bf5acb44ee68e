package org.sahelsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.sahelsim.geo.WorldResources;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.config.ScenarioConfig;
import org.sahelsim.scenario.Loaded;
import org.sahelsim.scenario.Scenarios;

/** A scenario file read for a command: the validated config, its map, and its provenance. */
record ScenarioInput(Path file, Loaded<ScenarioConfig> loaded, ScenarioConfig config, SahelMap map) {

    /**
     * Loads, applies the command's horizon, loads the map and checks references. Everything that
     * can be wrong with the input is reported before any output is written.
     */
    static ScenarioInput read(Path file, Map<String, String> overrides, LocalDate until, Integer weeks) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("scenario file not found: " + file);
        }
        Loaded<ScenarioConfig> loaded = Scenarios.load(file, overrides);
        ScenarioConfig c = loaded.value();
        if (until != null) {
            if (!until.isAfter(c.start())) {
                throw new BadInputException("--until " + until + " must be after the scenario start " + c.start());
            }
            c = c.withEnd(until);
        } else if (weeks != null) {
            if (weeks < 1 || weeks > 5200) {
                throw new BadInputException("--weeks " + weeks + " is out of range; allowed 1..5200");
            }
            c = c.withWeeks(weeks);
        }
        SahelMap map;
        try {
            map = WorldResources.load(c.resolution());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file + ": resolution = " + c.resolution() + ": " + e.getMessage());
        }
        Scenarios.checkReferences(file, c, map);
        return new ScenarioInput(file, loaded, c, map);
    }
}

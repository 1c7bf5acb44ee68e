package org.sahelsim.scenario;

import org.sahelsim.model.config.ScenarioConfig;

/** The content of scenarios/schema.json: scenario files and experiment files. */
public final class SchemaFile {
    private SchemaFile() {
    }

    public static String generate() {
        return SchemaGenerator.pretty(SchemaGenerator.generateCombined(ScenarioConfig.class, ExperimentConfig.class,
                Experiments.MARKER_KEY));
    }
}

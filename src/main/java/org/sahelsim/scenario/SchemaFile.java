package org.sahelsim.scenario;

import org.sahelsim.model.config.ScenarioConfig;

/** The content of scenarios/schema.json. */
public final class SchemaFile {
    private SchemaFile() {
    }

    public static String generate() {
        return SchemaGenerator.generateString(ScenarioConfig.class);
    }
}

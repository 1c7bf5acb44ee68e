package org.sahelsim.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sahelsim.geo.WorldResources;
import org.sahelsim.model.Submodel;
import org.sahelsim.model.config.ScenarioConfig;
import org.sahelsim.rules.RuleSet;
import org.sahelsim.scenario.Scenarios;

/** A {@link ScenarioSource} for tests: the strict loader, the committed maps and the standard rules. */
final class TestScenarios implements ScenarioSource {
    static final Path BASELINE = Path.of("scenarios/baseline-2026.yaml");

    @Override
    public Scenario load(Path file, Map<String, String> overrides) {
        ScenarioConfig c = Scenarios.load(file, overrides).value();
        return new Scenario(file, c, WorldResources.load(c.resolution()));
    }

    @Override
    public List<Submodel> rules() {
        return RuleSet.standard();
    }
}

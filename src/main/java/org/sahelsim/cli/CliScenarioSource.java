package org.sahelsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sahelsim.gui.ScenarioSource;
import org.sahelsim.model.Submodel;
import org.sahelsim.rules.RuleSet;

/** Scenarios for the GUI through the strict loader and the committed maps, with the standard rules. */
final class CliScenarioSource implements ScenarioSource {
    @Override
    public Scenario load(Path file, Map<String, String> overrides) {
        ScenarioInput in = ScenarioInput.read(file, overrides, null, null);
        return new Scenario(file, in.config(), in.map());
    }

    @Override
    public List<Submodel> rules() {
        return RuleSet.standard();
    }
}

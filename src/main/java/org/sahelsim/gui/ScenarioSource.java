package org.sahelsim.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.Submodel;
import org.sahelsim.model.config.ScenarioConfig;

/**
 * Where the GUI gets scenarios and rules from. The command line supplies it (with the strict
 * loader, the committed maps and the standard rule set), so the GUI itself depends only on the
 * model and the chart factories.
 */
public interface ScenarioSource {
    /** A validated scenario with the map at its resolution. */
    record Scenario(Path file, ScenarioConfig config, SahelMap map) {
    }

    /**
     * Loads and validates a scenario file with dotted-path overrides ({@code combat.lethality: 0.05}).
     *
     * @throws RuntimeException with a one-line message naming the file, key, value and what is
     *                          allowed, when the file or an override is not valid
     */
    Scenario load(Path file, Map<String, String> overrides);

    /** The submodels for the drone, economy, recruitment and ceasefire slots. */
    List<Submodel> rules();
}

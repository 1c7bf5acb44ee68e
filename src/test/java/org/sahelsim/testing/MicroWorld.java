package org.sahelsim.testing;

import java.util.List;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Submodel;
import org.sahelsim.model.config.ScenarioConfig;
import org.sahelsim.scenario.StrictYamlLoader;

/**
 * Builds small controlled worlds for mechanism tests: a {@link MicroMap} and a scenario written as
 * YAML text (every key not given takes its documented default).
 */
public final class MicroWorld {
    /** A 60 x 40 map with 2,000 residents per cell. */
    public static final SahelMap MAP = MicroMap.of(60, 40, 2000f);

    private MicroWorld() {
    }

    /** Parses scenario YAML; {@code name}, {@code start} and {@code weeks} are added when absent. */
    public static ScenarioConfig config(String yaml) {
        StringBuilder text = new StringBuilder();
        if (!topLevel(yaml, "name")) {
            text.append("name: micro\n");
        }
        if (!topLevel(yaml, "start")) {
            text.append("start: 2026-01-05\n");
        }
        if (!topLevel(yaml, "weeks") && !topLevel(yaml, "end")) {
            text.append("weeks: 52\n");
        }
        text.append("garrisons: {auto: false}\n");
        text.append(yaml);
        return StrictYamlLoader.parse(text.toString(), "micro.yaml", ScenarioConfig.class);
    }

    /** Whether the YAML sets {@code key} at top level (nested keys such as a wing's name do not count). */
    private static boolean topLevel(String yaml, String key) {
        return yaml.lines().anyMatch(l -> l.startsWith(key + ":"));
    }

    /** A started model on {@link #MAP}. */
    public static SahelModel start(ScenarioConfig config, long seed, List<Submodel> rules) {
        return start(MAP, config, seed, rules);
    }

    public static SahelModel start(SahelMap map, ScenarioConfig config, long seed, List<Submodel> rules) {
        SahelModel m = new SahelModel(seed, map, config, rules);
        m.start();
        return m;
    }

    /** Steps {@code weeks} weeks. */
    public static void run(SahelModel m, int weeks) {
        for (int w = 0; w < weeks; w++) {
            m.schedule.step(m);
        }
    }
}

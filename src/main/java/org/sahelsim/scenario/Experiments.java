package org.sahelsim.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sahelsim.model.config.ScenarioConfig;
import org.sahelsim.scenario.ConfigNode.Mapping;
import org.sahelsim.scenario.ScenarioException.Kind;

/**
 * Loads experiment files ({@link ExperimentConfig}) strictly and turns their override mappings into
 * {@link Overrides.Override}s that keep the experiment file's positions, so a bad override path or
 * value is reported at its line in the experiment file.
 */
public final class Experiments {
    /** The key that marks a file as an experiment rather than a scenario (see the schema). */
    public static final String MARKER_KEY = "scenario";

    private Experiments() {
    }

    /** Loads and validates an experiment file; experiments cannot {@code extends} other files. */
    public static Loaded<ExperimentConfig> load(Path file) {
        ScenarioFiles.Merged merged = ScenarioFiles.read(file);
        if (merged.files().size() > 1) {
            throw new ScenarioException(Kind.EXTENDS, Origin.of(file.toString()), RecordMapper.EXTENDS,
                    "experiment files cannot use 'extends'; repeat the keys or use the scenario's extends");
        }
        ExperimentConfig value = StrictYamlLoader.map(merged.tree(), ExperimentConfig.class);
        return new Loaded<>(value, merged.files(), merged.sha256());
    }

    /** The base scenario file: the experiment's {@code scenario} resolved against the experiment's folder. */
    public static Path scenarioFile(Path experimentFile, ExperimentConfig experiment) {
        Path resolved = experimentFile.resolveSibling(experiment.scenario()).normalize();
        if (!Files.isRegularFile(resolved)) {
            throw new ScenarioException(Kind.FILE, Scenarios.locate(experimentFile, experiment.scenario()),
                    MARKER_KEY, "scenario = '" + experiment.scenario() + "': file not found: " + resolved);
        }
        return resolved;
    }

    /** The overrides of a mapping in file order; none for null. */
    public static List<Overrides.Override> overrides(ConfigNode mapping) {
        return mapping == null ? List.of() : Overrides.fromMapping((Mapping) mapping);
    }

    /** The arm's overrides after the experiment-wide ones. */
    public static List<Overrides.Override> armOverrides(ExperimentConfig experiment, ConfigNode arm) {
        List<Overrides.Override> all = new ArrayList<>(overrides(experiment.overrides()));
        all.addAll(overrides(arm));
        return all;
    }

    /** Loads the base scenario with overrides whose errors point into the experiment file. */
    public static Loaded<ScenarioConfig> scenario(Path scenarioFile, List<Overrides.Override> overrides) {
        return StrictYamlLoader.load(scenarioFile, ScenarioConfig.class, overrides);
    }
}

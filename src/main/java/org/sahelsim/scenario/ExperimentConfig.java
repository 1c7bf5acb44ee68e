package org.sahelsim.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sahelsim.model.Param;

/**
 * An experiment file: a base scenario, the arms to compare (or a design whose points become the
 * arms), the replicates and the seed plan. Every arm runs on the same seeds (common random
 * numbers), so arm-to-arm differences are paired replicate by replicate.
 *
 * <p>Experiment files are strict like scenarios and share {@code scenarios/schema.json}; the key
 * {@code scenario} tells an experiment from a scenario. Override values are typed by the scenario,
 * so they are checked when each arm's scenario is loaded, with errors pointing into this file.
 */
public record ExperimentConfig(
        @Param(doc = "experiment name, used in output folder names") String name,
        @Param(nullable = true, doc = "what the experiment compares") String description,
        @Param(doc = "base scenario file, relative to this file") String scenario,
        @Param(def = "10", min = 1, max = 10000, unit = "replicates",
                doc = "replicates per arm, each with its own seed from the seed plan") int replicates,
        @Param(doc = "seed plan: replicate i of every arm runs with the same seed") ExperimentSeeds seeds,
        @Param(nullable = true, doc = "dotted-path overrides applied to every arm before its own") ConfigNode overrides,
        @Param(doc = "named policy settings, each a set of dotted-path overrides") List<ExperimentArm> arms,
        @Param(nullable = true, doc = "a parameter design whose points become the arms, instead of 'arms'")
        ExperimentDesign design,
        @Param(nullable = true, doc = "arm the others are compared with (default: the first arm)") String reference,
        @Param(doc = "precision targets of the replicate planning table") ExperimentPrecision precision) {

    /** Experiment and arm names: they become folder names. */
    static final String NAME_PATTERN = "[a-z0-9][a-z0-9-]*";

    public ExperimentConfig {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("name = '" + name + "': use letters, digits, '.', '_' and '-'");
        }
        arms = List.copyOf(arms);
        ExperimentArm.requireMapping(overrides, "overrides");
        if (arms.isEmpty() == (design == null)) {
            throw new IllegalArgumentException("give either 'arms' (a list of named arms) or 'design', not "
                    + (design == null ? "neither" : "both"));
        }
        Set<String> names = new HashSet<>();
        for (ExperimentArm arm : arms) {
            if (!names.add(arm.name())) {
                throw new IllegalArgumentException("arms: the name '" + arm.name() + "' is used twice");
            }
        }
        if (reference != null && design == null && !names.contains(reference)) {
            throw new IllegalArgumentException("reference = '" + reference + "' is not an arm; arms: "
                    + String.join(", ", arms.stream().map(ExperimentArm::name).toList()));
        }
    }
}

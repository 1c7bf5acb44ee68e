package org.sahelsim.scenario;

import org.sahelsim.model.Param;

/**
 * One arm of an experiment: a name and the overrides that turn the base scenario into the arm.
 *
 * @param name        lower-case letters, digits and '-', starting with a letter or digit
 * @param description what the arm represents and its basis, for the report
 * @param overrides   a mapping of dotted paths to values ({@code combat.lethality: 0.04},
 *                    {@code timeline: [...]}); null or absent for the base scenario unchanged
 */
public record ExperimentArm(
        @Param(doc = "arm name: lower-case letters, digits and '-'") String name,
        @Param(nullable = true, doc = "what the arm represents and its basis") String description,
        @Param(nullable = true, doc = "dotted-path overrides of the base scenario") ConfigNode overrides) {

    public ExperimentArm {
        if (!name.matches(ExperimentConfig.NAME_PATTERN)) {
            throw new IllegalArgumentException("arm name '" + name
                    + "': use lower-case letters, digits and '-', starting with a letter or digit");
        }
        requireMapping(overrides, "overrides of arm '" + name + "'");
    }

    /** Overrides must be a mapping of paths to values (or absent). */
    static void requireMapping(ConfigNode overrides, String what) {
        if (overrides != null && !(overrides instanceof ConfigNode.Mapping)) {
            throw new IllegalArgumentException(what + " must be a mapping of dotted paths to values, got "
                    + overrides.describe());
        }
    }
}

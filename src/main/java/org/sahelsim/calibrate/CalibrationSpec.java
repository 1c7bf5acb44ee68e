package org.sahelsim.calibrate;

import java.util.List;
import org.sahelsim.model.Param;

/**
 * What {@code sahelsim calibrate} searches (docs/odd/calibration.md, "Calibration procedure"): the
 * scenarios it runs, the parameters it may change with their search bounds, and the design. Read
 * from a calibration file such as {@code scenarios/calibration/historical.yaml}.
 *
 * @param historical scenario scored against the patterns, relative to the spec file
 * @param baseline   scenario whose force sizes must stay within the calibration figures
 * @param parameters the parameters searched, each inside its documented range
 * @param points     points of the Latin-hypercube screen
 * @param replicates replicates per scenario and point (common random numbers: the same seeds everywhere)
 * @param seed       seed of the first replicate; must not overlap the validation seeds
 * @param designSeed seed of the Latin hypercube
 * @param refine     objective evaluations of the BOBYQA refinement from the best screened point (0: none)
 */
public record CalibrationSpec(
        @Param(doc = "historical scenario, relative to this file") String historical,
        @Param(doc = "baseline scenario, relative to this file") String baseline,
        @Param(doc = "parameters searched") List<Parameter> parameters,
        @Param(def = "50", min = 1, max = 10000, doc = "points of the Latin hypercube") int points,
        @Param(def = "10", min = 1, max = 1000, doc = "replicates per scenario and point") int replicates,
        @Param(def = "5001", doc = "seed of the first replicate") long seed,
        @Param(def = "20260601", doc = "seed of the design") long designSeed,
        @Param(def = "0", min = 0, max = 10000, doc = "evaluations of the BOBYQA refinement") int refine) {

    public CalibrationSpec {
        parameters = List.copyOf(parameters);
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException("parameters: give at least one parameter to search");
        }
    }

    /**
     * One searched parameter.
     *
     * @param path  dotted scenario path, e.g. {@code recruitment.poolShare}
     * @param min   lower search bound, inside the parameter's documented range
     * @param max   upper search bound, above min and inside the documented range
     * @param why   why it may be tuned (its source is an assumption or a range from the literature)
     * @param integer whether the parameter is a whole number in the scenario format; its values are
     *              then rounded to whole numbers
     */
    public record Parameter(
            @Param(doc = "dotted scenario path") String path,
            @Param(doc = "lower search bound") double min,
            @Param(doc = "upper search bound") double max,
            @Param(doc = "why it may be tuned") String why,
            @Param(def = "false", doc = "round values to whole numbers (for integer parameters)") boolean integer) {

        public Parameter {
            if (!(max > min)) {
                throw new IllegalArgumentException(path + ": max = " + max + " is not above min = " + min
                        + "; allowed: min < max");
            }
        }

        /** The value at {@code u} in 0..1 of the search interval. */
        public double at(double u) {
            return min + u * (max - min);
        }
    }
}

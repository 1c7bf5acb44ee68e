package org.sahelsim.scenario;

import java.util.List;
import org.sahelsim.model.Param;

/**
 * A Latin hypercube design (McKay, Beckman and Conover 1979): {@code points} points in which each
 * parameter's range is cut into {@code points} equal strata and every stratum is sampled exactly
 * once, drawn with Commons Math from {@code seed}.
 *
 * @param points     number of design points (arms), 2 or more
 * @param seed       seed of the design's own generator (not of the runs)
 * @param parameters the parameters and their ranges, at least one
 */
public record LatinHypercube(
        @Param(min = 2, max = ExperimentDesign.MAX_POINTS, unit = "points", doc = "number of design points") int points,
        @Param(def = "1", doc = "seed of the design's generator") long seed,
        @Param(doc = "the parameters and their ranges") List<DesignRange> parameters) implements ExperimentDesign {

    public LatinHypercube {
        parameters = List.copyOf(parameters);
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException("a Latin hypercube needs at least one parameter");
        }
    }
}

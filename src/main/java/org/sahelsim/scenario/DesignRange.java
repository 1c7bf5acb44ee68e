package org.sahelsim.scenario;

import org.sahelsim.model.Param;

/**
 * One parameter of a Latin hypercube: a dotted scenario path and its range.
 *
 * @param path    dotted path as in an override, e.g. {@code combat.lethality}
 * @param min     lower end of the range, in the parameter's unit
 * @param max     upper end, above {@code min}
 * @param integer round the sampled value to the nearest whole number (for counts)
 */
public record DesignRange(
        @Param(doc = "dotted scenario path, as in an override") String path,
        @Param(doc = "lower end of the range, in the parameter's unit") double min,
        @Param(doc = "upper end of the range, in the parameter's unit") double max,
        @Param(def = "false", doc = "round sampled values to whole numbers") boolean integer) {

    public DesignRange {
        if (!(min < max)) {
            throw new IllegalArgumentException("design range of " + path + ": min = " + min + " must be below max = " + max);
        }
    }
}

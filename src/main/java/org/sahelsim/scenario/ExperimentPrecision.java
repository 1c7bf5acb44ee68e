package org.sahelsim.scenario;

import java.util.Map;
import org.sahelsim.model.Param;

/**
 * The precision a study wants: the half-width of the 95% interval of each paired difference, from
 * which the batch computes the replicates needed.
 *
 * @param relative target half-width as a share of the reference arm's mean of the metric
 * @param absolute targets in the metric's own unit, by metric name (as in endstate.csv); they
 *                 replace the relative target for those metrics
 */
public record ExperimentPrecision(
        @Param(def = "0.05", min = 0.0001, max = 10,
                doc = "target half-width of a paired difference's 95% interval, as a share of the reference mean")
        double relative,
        @Param(min = 0, doc = "target half-widths in the metric's unit, by metric name") Map<String, Double> absolute) {

    public ExperimentPrecision {
        absolute = Map.copyOf(absolute);
        absolute.forEach((metric, width) -> {
            if (!(width > 0)) {
                throw new IllegalArgumentException("precision.absolute." + metric + " = " + width + " must be above 0");
            }
        });
    }
}

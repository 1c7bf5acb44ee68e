package org.sahelsim.charts;

import org.sahelsim.stats.PairedComparison;

/**
 * One row of a forest plot: an arm's paired difference from the reference arm on one metric.
 * All rows of one plot share the value axis, so their metrics must share a unit.
 *
 * @param arm        policy arm name, not blank
 * @param metric     metric name, not blank
 * @param comparison the arm against the reference on common seeds
 */
public record ForestRow(String arm, String metric, PairedComparison comparison) {
    public ForestRow {
        Series.requireText(arm, "arm");
        Series.requireText(metric, "metric");
        if (comparison == null) {
            throw new IllegalArgumentException("comparison must not be null");
        }
    }
}

package org.sahelsim.charts;

import java.util.List;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The data of a forest plot: the intervals (x is the row index, y the mean difference with its
 * 95% interval; one series per metric) and the text of each row.
 *
 * @param intervals    one {@link SeriesKey}-keyed series per metric
 * @param rowLabels    label of row i, top to bottom
 * @param referenceArm name of the arm the differences are taken from
 */
public record ForestDataset(YIntervalSeriesCollection intervals, List<String> rowLabels, String referenceArm) {
    public ForestDataset {
        rowLabels = List.copyOf(rowLabels);
        Series.requireText(referenceArm, "referenceArm");
    }
}

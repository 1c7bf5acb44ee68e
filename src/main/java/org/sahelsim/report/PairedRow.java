package org.sahelsim.report;

import org.sahelsim.stats.MeanCI;
import org.sahelsim.stats.PairedComparison;

/**
 * One row of aggregate/paired.csv: an arm against the reference arm on one metric and side.
 *
 * @param better "higher" or "lower": which direction counts as better for this metric and side
 */
public record PairedRow(String arm, String reference, Key key, String unit, String better, int n, double mean,
                        double sd, double low, double high, double shareBetter, double pValue) {

    /** The comparison as the statistics package models it (for the forest plot). */
    public PairedComparison comparison() {
        MeanCI diff = new MeanCI(n, mean, n < 2 ? Double.NaN : sd);
        PairedComparison.Better b = "higher".equals(better) ? PairedComparison.Better.HIGHER
                : PairedComparison.Better.LOWER;
        return new PairedComparison(diff, shareBetter, pValue, b);
    }

    /** True when the 95% interval excludes zero. */
    public boolean clear() {
        return n >= 2 && (low > 0 || high < 0);
    }

    /** True when the mean difference points in the better direction. */
    public boolean improves() {
        return "higher".equals(better) ? mean > 0 : mean < 0;
    }
}

package org.sahelsim.charts;

import java.time.LocalDate;

/**
 * A range a time series should fall in over a period, for example a published force estimate for
 * a year, drawn as a shaded box over a chart.
 *
 * @param label text drawn at the box's top left, for example {@code "JNIM 6,000-7,000 (ACSS 2025)"}
 * @param rgb   colour as 0xRRGGBB
 * @param from  first day of the period
 * @param to    last day of the period, after {@code from}
 * @param low   lower end of the range, finite
 * @param high  upper end of the range, above {@code low}
 */
public record CalibrationBand(String label, int rgb, LocalDate from, LocalDate to, double low, double high) {
    public CalibrationBand {
        Series.requireText(label, "label");
        if (from == null || to == null || !to.isAfter(from)) {
            throw new IllegalArgumentException("the band needs from < to, got " + from + " and " + to);
        }
        if (!Double.isFinite(low) || !Double.isFinite(high) || !(high > low)) {
            throw new IllegalArgumentException("the band needs finite low < high, got " + low + " and " + high);
        }
    }
}

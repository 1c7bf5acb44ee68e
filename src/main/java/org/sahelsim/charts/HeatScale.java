package org.sahelsim.charts;

import org.sahelsim.model.SahelMap;

/**
 * How values map to colours in a heat map.
 *
 * @param label what the values are, with their unit, e.g. "Residents per cell"
 * @param min   value at the bottom of the ramp; lower values get the bottom colour
 * @param max   value at the top of the ramp; higher values get the top colour; greater than min
 * @param log   logarithmic scale (for populations and other skewed values); then min must be
 *              positive and values of 0 or less get the bottom colour
 * @param ramp  the colours
 */
public record HeatScale(String label, double min, double max, boolean log, ColourRamp ramp) {
    public HeatScale {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            throw new IllegalArgumentException("heat scale needs finite min < max, got min=" + min + ", max=" + max);
        }
        if (log && min <= 0) {
            throw new IllegalArgumentException("log heat scale needs min > 0, got " + min);
        }
        if (ramp == null) {
            throw new IllegalArgumentException("heat scale needs a colour ramp");
        }
        label = label == null ? "" : label;
    }

    public static HeatScale linear(String label, double min, double max) {
        return new HeatScale(label, min, max, false, ColourRamp.VIRIDIS);
    }

    public static HeatScale logarithmic(String label, double min, double max) {
        return new HeatScale(label, min, max, true, ColourRamp.VIRIDIS);
    }

    /**
     * The range of the finite values in the study-country cells, which are the ones a heat map
     * draws (positive values only for a log scale). A constant field gets a range that starts at
     * its value; no values at all give 0..1 (log: 1..10).
     */
    public static HeatScale fit(String label, SahelMap map, float[] values, boolean log) {
        if (values.length != map.cells()) {
            throw new IllegalArgumentException("values have " + values.length + " cells, map has " + map.cells());
        }
        boolean[] study = MapGeometry.studyMask(map);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < values.length; i++) {
            float v = values[i];
            if (study[i] && Float.isFinite(v) && (!log || v > 0)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) {
            return new HeatScale(label, log ? 1 : 0, log ? 10 : 1, log, ColourRamp.VIRIDIS);
        }
        if (lo == hi) {
            hi = log ? lo * 10 : lo + 1;
        }
        return new HeatScale(label, lo, hi, log, ColourRamp.VIRIDIS);
    }

    public HeatScale withRamp(ColourRamp newRamp) {
        return new HeatScale(label, min, max, log, newRamp);
    }

    /** Position of {@code value} on the ramp, 0..1 (clamped); NaN stays NaN. */
    public double position(double value) {
        if (Double.isNaN(value)) {
            return Double.NaN;
        }
        double t;
        if (log) {
            t = value <= 0 ? 0 : (Math.log(value) - Math.log(min)) / (Math.log(max) - Math.log(min));
        } else {
            t = (value - min) / (max - min);
        }
        return Math.max(0, Math.min(1, t));
    }

    /** The value at ramp position {@code t} (0..1), the inverse of {@link #position(double)}. */
    public double valueAt(double t) {
        return log ? min * Math.pow(max / min, t) : min + t * (max - min);
    }
}

package org.sahelsim.charts;

/**
 * End-state values of one metric in one arm, one value per replicate.
 *
 * @param arm    policy arm name, not blank
 * @param group  what the values measure within the arm, for example a faction or the metric's
 *               name when there is only one; boxes of the same group share a colour
 * @param values one finite value per replicate, at least one; copied
 */
public record ArmSample(String arm, String group, double[] values) {
    public ArmSample {
        Series.requireText(arm, "arm");
        Series.requireText(group, "group");
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("values must hold at least one value");
        }
        Series.requireFinite(values, "values");
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }
}

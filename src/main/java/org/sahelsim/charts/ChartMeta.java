package org.sahelsim.charts;

/**
 * What every batch chart states besides its data: a title, the scenario, the number of
 * replicates behind each estimate and the axis labels.
 *
 * <p>Axis labels carry their unit, for example {@code "Controlled population (people)"} or
 * {@code "Date (week ending)"}; {@link #label} builds one. The domain axis is the x axis of time
 * charts and the category axis (arms or rows) of box and forest plots; the range axis holds
 * the values.
 *
 * @param title       chart title, not blank
 * @param scenario    scenario name as in the batch file, not blank
 * @param replicates  replicates per arm, 1 or more
 * @param domainLabel label of the domain axis, not blank
 * @param rangeLabel  label of the value axis with its unit, not blank
 */
public record ChartMeta(String title, String scenario, int replicates, String domainLabel, String rangeLabel) {
    public ChartMeta {
        requireText(title, "title");
        requireText(scenario, "scenario");
        requireText(domainLabel, "domainLabel");
        requireText(rangeLabel, "rangeLabel");
        if (replicates < 1) {
            throw new IllegalArgumentException("replicates must be at least 1, got " + replicates);
        }
    }

    /** An axis label: {@code "quantity (unit)"}. */
    public static String label(String quantity, String unit) {
        return quantity + " (" + unit + ")";
    }

    /** The first subtitle line: {@code "scenario baseline-2026 · 30 replicates"}. */
    public String subtitle() {
        return "scenario " + scenario + " · " + replicates + (replicates == 1 ? " replicate" : " replicates");
    }

    private static void requireText(String s, String name) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}

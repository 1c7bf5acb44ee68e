package org.sahelsim.geo;

import org.sahelsim.model.SahelMap;

import java.util.List;
import java.util.Map;

/**
 * National population totals the grid is scaled to.
 *
 * <p>The base is Natural Earth's {@code pop_est} for {@value #BASE_YEAR} (admin-0 file). It is
 * projected to {@value #REFERENCE_YEAR} with a constant annual growth rate per country. The rates
 * are ASSUMPTIONS: rounded values in line with the UN World Population Prospects 2022 estimates
 * of average annual population change for 2017-2024 (Niger about 3.7 %, Mali about 3.0 %, Benin
 * about 2.7 %, Burkina Faso about 2.6 %, Nigeria about 2.5 %); they were not read from the WPP
 * tables. Countries not listed get {@value #DEFAULT_GROWTH}.
 */
public final class PopulationTotals {
    private PopulationTotals() { }

    /** Year of Natural Earth's {@code pop_est}. */
    public static final int BASE_YEAR = 2017;
    /** Year the grid's population refers to. */
    public static final int REFERENCE_YEAR = 2024;
    /** Annual growth rate (fraction per year) for countries without their own entry. */
    public static final double DEFAULT_GROWTH = 0.025;

    private static final Map<String, Double> GROWTH = Map.ofEntries(
            Map.entry("NER", 0.037), Map.entry("MLI", 0.030), Map.entry("BFA", 0.026),
            Map.entry("BEN", 0.027), Map.entry("NGA", 0.025), Map.entry("TCD", 0.030),
            Map.entry("GHA", 0.021), Map.entry("CIV", 0.025), Map.entry("TGO", 0.024),
            Map.entry("DZA", 0.016), Map.entry("LBY", 0.012), Map.entry("MAR", 0.011));

    /** Assumed annual growth rate of a country, as a fraction per year (e.g. 0.037). */
    public static double growthRate(String iso3) {
        return GROWTH.getOrDefault(iso3, DEFAULT_GROWTH);
    }

    /** Population in {@link #REFERENCE_YEAR} from a {@link #BASE_YEAR} estimate (persons). */
    public static double projected(String iso3, double popEst2017) {
        return popEst2017 * Math.pow(1 + growthRate(iso3), REFERENCE_YEAR - BASE_YEAR);
    }

    /**
     * The population each country should have on the grid (persons), by index in
     * {@code countries}.
     *
     * <p>A country lying wholly inside the study box gets its projected national total. For a
     * country the box cuts (Algeria, Chad, Cameroon, Guinea, ...) the share inside is unknown, so
     * it gets {@code min(projected total, k * listed)}, where {@code listed} is the population of
     * its listed places inside the box and {@code k} is the ratio of total to listed population
     * pooled over the wholly-inside countries. This is a rough stand-in for the neighbours only;
     * all five study countries lie wholly inside.
     *
     * @param listed per country index, summed population of its listed places (persons)
     */
    static double[] targets(List<GeoFeature> admin0, List<String> countries, double[] listed) {
        double[] total = new double[countries.size()];
        boolean[] inside = new boolean[countries.size()];
        for (GeoFeature f : admin0) {
            int c = countries.indexOf(f.text("adm0_a3"));
            if (c >= 0) {
                total[c] = projected(countries.get(c), f.number("pop_est", 0));
                inside[c] = whollyInside(f);
            }
        }
        double pooledTotal = 0, pooledListed = 0;
        for (int c = 0; c < total.length; c++) {
            if (inside[c]) {
                pooledTotal += total[c];
                pooledListed += listed[c];
            }
        }
        double k = pooledListed > 0 ? pooledTotal / pooledListed : 1;
        double[] target = new double[total.length];
        for (int c = 0; c < total.length; c++) {
            target[c] = inside[c] ? total[c] : Math.min(total[c], k * listed[c]);
        }
        return target;
    }

    private static boolean whollyInside(GeoFeature f) {
        for (List<double[]> polygon : f.polygons()) {
            double[] ring = polygon.get(0);
            for (int k = 0; k + 1 < ring.length; k += 2) {
                if (ring[k] < SahelMap.LON_MIN || ring[k] > SahelMap.LON_MAX
                        || ring[k + 1] < SahelMap.LAT_MIN || ring[k + 1] > SahelMap.LAT_MAX) {
                    return false;
                }
            }
        }
        return true;
    }
}

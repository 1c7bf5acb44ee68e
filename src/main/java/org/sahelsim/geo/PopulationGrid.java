package org.sahelsim.geo;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * Spreads place populations over the grid and scales each country to its target total.
 *
 * <ul>
 *   <li><b>Urban part.</b> Each place's population is spread over the land cells of its own
 *       country with a Gaussian kernel of {@code sigma = max(1 km, 4 km * sqrt(P / 1e6))}, cut at
 *       3 sigma: 4 km for a city of one million, about 8 km for Kano, 1.3 km for a town of 100,000.
 *       Weights are normalised, so a place's whole population lands on the grid; a place with no
 *       eligible cell nearby goes to the nearest land cell of its country.</li>
 *   <li><b>Rural part.</b> The rest of the country total is spread in proportion to
 *       {@code (S + 0.1 * mean S) * damping * cell area}, where {@code S} is the sum over all
 *       places of {@code max(P, 1000)^0.25 * exp(-d^2 / (2 * 40^2))} (d in km): people live near
 *       settlements, but not only in them. Damping is {@link #aridityDamping} (drier means
 *       emptier) except on major-river cells, times {@value #PARK_DAMPING} in park cells.</li>
 *   <li><b>Scaling.</b> If the listed places already exceed the target, the urban part is scaled
 *       down and there is no rural part. Cells are finally rounded to whole persons.</li>
 * </ul>
 */
final class PopulationGrid {
    private PopulationGrid() { }

    /** Rural kernel width, km. */
    static final double RURAL_SIGMA_KM = 40;
    /** Population assumed for places whose size is unknown, in the rural kernel only. */
    static final double UNKNOWN_PLACE_POP = 1000;
    /** Share of a country's mean settlement term added everywhere, so no land cell is empty. */
    static final double FLOOR_SHARE = 0.1;
    /**
     * Exponent of a place's population in the settlement term: weak, so that the countryside
     * around a capital is not much fuller than around a market town.
     */
    static final double SETTLEMENT_EXPONENT = 0.25;
    /** Rainfall (mm a year) at and above which rural weight is not damped. */
    static final double FULL_RAIN_MM = 600;
    /** Rural weight factor in park cells. */
    static final double PARK_DAMPING = 0.1;

    /** A place reduced to what the kernel needs; {@code country} is an index, {@code pop} persons. */
    record Source(double lon, double lat, int country, double pop) { }

    /**
     * Rural weight factor for aridity: {@code min(1, (rain / 600 mm)^2)} with the rainfall proxy of
     * {@link ClimateBands#rainfallMm}; 1 in the Sudanian band, 0.25 at 300 mm (about the northern
     * limit of rain-fed farming), 0.06 at the 150 mm Saharan edge and less further north.
     */
    static double aridityDamping(double lon, double lat) {
        double r = ClimateBands.rainfallMm(lon, lat) / FULL_RAIN_MM;
        return Math.min(1, r * r);
    }

    /** Urban sigma for a place of {@code pop} persons, km. */
    static double urbanSigmaKm(double pop) {
        return Math.max(1.0, 4.0 * Math.sqrt(pop / 1e6));
    }

    /**
     * @param country per cell country index or -1
     * @param land    per cell land flag
     * @param park    per cell park flag
     * @param river   per cell major-river flag
     * @param target  per country index, persons
     */
    static float[] build(GridSpec grid, List<Source> places, int[] country, boolean[] land, boolean[] park,
                         boolean[] river, double[] target) {
        int nc = target.length;
        double[] urban = new double[grid.cells()];
        double[] listed = listed(places, nc);
        for (Source p : places) {
            if (p.pop() > 0 && p.country() >= 0) {
                spreadUrban(grid, p, urban, j -> land[j] && country[j] == p.country());
            }
        }
        double[] weight = ruralWeights(grid, places, country, land, park, river, nc);
        double[] weightSum = new double[nc];
        for (int i = 0; i < weight.length; i++) {
            if (country[i] >= 0) {
                weightSum[country[i]] += weight[i];
            }
        }
        float[] pop = new float[grid.cells()];
        for (int i = 0; i < pop.length; i++) {
            int c = country[i];
            if (c >= 0 && land[i]) {
                double urbanScale = listed[c] > target[c] ? target[c] / listed[c] : 1;
                double rural = Math.max(0, target[c] - listed[c]);
                double r = weightSum[c] > 0 ? rural * weight[i] / weightSum[c] : 0;
                pop[i] = Math.round(urban[i] * urbanScale + r);
            }
        }
        return pop;
    }

    /** Per country index, the summed population of its places (persons). */
    static double[] listed(List<Source> places, int countries) {
        double[] listed = new double[countries];
        for (Source p : places) {
            if (p.pop() > 0 && p.country() >= 0) {
                listed[p.country()] += p.pop();
            }
        }
        return listed;
    }

    private static void spreadUrban(GridSpec grid, Source p, double[] out, IntPredicate eligible) {
        double sigma = urbanSigmaKm(p.pop());
        int[] window = window(grid, p, 3 * sigma);
        // Weights relative to the nearest eligible centre, so tiny kernels cannot underflow to zero.
        double dMin = Double.POSITIVE_INFINITY;
        for (int y = window[1]; y <= window[3]; y++) {
            for (int x = window[0]; x <= window[2]; x++) {
                if (eligible.test(grid.index(x, y))) {
                    dMin = Math.min(dMin, dist2(grid, p, x, y));
                }
            }
        }
        if (dMin == Double.POSITIVE_INFINITY) {
            int x0 = clamp(grid.x(p.lon()), grid.width()), y0 = clamp(grid.y(p.lat()), grid.height());
            int cell = LabelRepair.nearest(grid, grid.index(x0, y0), eligible);
            if (cell >= 0) {
                out[cell] += p.pop();
            }
            return;
        }
        double sum = 0;
        double[] w = new double[(window[2] - window[0] + 1) * (window[3] - window[1] + 1)];
        for (int y = window[1], k = 0; y <= window[3]; y++) {
            for (int x = window[0]; x <= window[2]; x++, k++) {
                if (eligible.test(grid.index(x, y))) {
                    w[k] = Math.exp(-(dist2(grid, p, x, y) - dMin) / (2 * sigma * sigma));
                    sum += w[k];
                }
            }
        }
        for (int y = window[1], k = 0; y <= window[3]; y++) {
            for (int x = window[0]; x <= window[2]; x++, k++) {
                out[grid.index(x, y)] += p.pop() * w[k] / sum;
            }
        }
    }

    private static double[] ruralWeights(GridSpec grid, List<Source> places, int[] country, boolean[] land,
                                         boolean[] park, boolean[] river, int nc) {
        double[] s = new double[grid.cells()];
        double twoSigma2 = 2 * RURAL_SIGMA_KM * RURAL_SIGMA_KM;
        for (Source p : places) {
            double strength = Math.pow(Math.max(p.pop(), UNKNOWN_PLACE_POP), SETTLEMENT_EXPONENT);
            int[] window = window(grid, p, 3 * RURAL_SIGMA_KM);
            for (int y = window[1]; y <= window[3]; y++) {
                for (int x = window[0]; x <= window[2]; x++) {
                    s[grid.index(x, y)] += strength * Math.exp(-dist2(grid, p, x, y) / twoSigma2);
                }
            }
        }
        double[] sum = new double[nc];
        int[] n = new int[nc];
        for (int i = 0; i < s.length; i++) {
            if (land[i] && country[i] >= 0) {
                sum[country[i]] += s[i];
                n[country[i]]++;
            }
        }
        double[] w = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            int c = country[i];
            if (land[i] && c >= 0) {
                double floor = FLOOR_SHARE * sum[c] / n[c];
                double arid = aridityDamping(grid.lon(i % grid.width()), grid.lat(i / grid.width()));
                // Major-river cells are farmed floodplain (the Niger bend, the inner delta): no aridity damping.
                double damping = (river[i] ? 1 : arid) * (park[i] ? PARK_DAMPING : 1);
                w[i] = (s[i] + floor) * damping * grid.cellWidthKm(i / grid.width()) * grid.cellHeightKm();
            }
        }
        return w;
    }

    // Cell window {xMin, yMin, xMax, yMax} covering radiusKm around the place, clipped to the grid.
    private static int[] window(GridSpec grid, Source p, double radiusKm) {
        double dLat = radiusKm / GridSpec.KM_PER_DEGREE;
        double dLon = dLat / Math.max(0.2, Math.cos(Math.toRadians(p.lat())));
        int x0 = clamp(grid.x(p.lon() - dLon) - 1, grid.width()), x1 = clamp(grid.x(p.lon() + dLon) + 1, grid.width());
        int y0 = clamp(grid.y(p.lat() + dLat) - 1, grid.height()), y1 = clamp(grid.y(p.lat() - dLat) + 1, grid.height());
        return new int[] {x0, y0, x1, y1};
    }

    // Squared distance in km from the place to the centre of cell (x, y), equirectangular.
    private static double dist2(GridSpec grid, Source p, int x, int y) {
        double dx = (grid.lon(x) - p.lon()) * GridSpec.KM_PER_DEGREE * Math.cos(Math.toRadians(p.lat()));
        double dy = (grid.lat(y) - p.lat()) * GridSpec.KM_PER_DEGREE;
        return dx * dx + dy * dy;
    }

    private static int clamp(int v, int size) {
        return Math.max(0, Math.min(size - 1, v));
    }
}

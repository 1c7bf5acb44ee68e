package org.sahelsim.charts;

import java.time.LocalDate;
import org.sahelsim.model.Faction;
import org.sahelsim.stats.MeanCI;

/**
 * One line of a fan chart: the mean over replicates at each date with its 95% band.
 *
 * <p>The arrays are copied. The band may be NaN at every point (a batch of one replicate has
 * no interval); the chart then draws the line without a band.
 *
 * @param arm    policy arm name, not blank
 * @param series what the line measures, for example a faction's short name; not blank
 * @param rgb    colour as 0xRRGGBB
 * @param dates  dates of the points, strictly increasing
 * @param mean   mean over replicates at each date, finite
 * @param lower  lower bound of the 95% interval, at most {@code mean}, or NaN
 * @param upper  upper bound of the 95% interval, at least {@code mean}, or NaN
 */
public record SeriesBand(String arm, String series, int rgb, LocalDate[] dates, double[] mean, double[] lower,
        double[] upper) {
    public SeriesBand {
        Series.requireText(arm, "arm");
        Series.requireText(series, "series");
        Series.requireDates(dates);
        Series.requireLength(mean, dates.length, "mean");
        Series.requireLength(lower, dates.length, "lower");
        Series.requireLength(upper, dates.length, "upper");
        dates = dates.clone();
        mean = mean.clone();
        lower = lower.clone();
        upper = upper.clone();
        for (int i = 0; i < dates.length; i++) {
            requirePoint(i, mean[i], lower[i], upper[i]);
        }
    }

    /** A band from per-date intervals, such as {@code ReplicateAccumulator.meanCIs()}. */
    public static SeriesBand of(String arm, String series, int rgb, LocalDate[] dates, MeanCI[] cis) {
        double[] mean = new double[cis.length];
        double[] lower = new double[cis.length];
        double[] upper = new double[cis.length];
        for (int i = 0; i < cis.length; i++) {
            mean[i] = cis[i].mean();
            lower[i] = cis[i].lower();
            upper[i] = cis[i].upper();
        }
        return new SeriesBand(arm, series, rgb, dates, mean, lower, upper);
    }

    /**
     * A band of one arm among several, drawn in the arm's colour (the {@code armIndex}-th colour of
     * the qualitative palette), for charts that overlay the arms on one series.
     */
    public static SeriesBand forArm(String arm, int armIndex, String series, LocalDate[] dates, MeanCI[] cis) {
        return of(arm, series, ChartStyle.paletteRgb(armIndex), dates, cis);
    }

    /** A band for a faction, drawn in the faction's colour under its short name. */
    public static SeriesBand forFaction(String arm, Faction faction, LocalDate[] dates, MeanCI[] cis) {
        return of(arm, ChartStyle.shortName(faction), faction.rgb, dates, cis);
    }

    @Override
    public LocalDate[] dates() {
        return dates.clone();
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] lower() {
        return lower.clone();
    }

    @Override
    public double[] upper() {
        return upper.clone();
    }

    /** Number of points. */
    public int size() {
        return dates.length;
    }

    private static void requirePoint(int i, double mean, double lower, double upper) {
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("mean[" + i + "] must be finite, got " + mean);
        }
        boolean noBand = Double.isNaN(lower) && Double.isNaN(upper);
        if (!noBand && !(lower <= mean && mean <= upper && Double.isFinite(upper) && Double.isFinite(lower))) {
            throw new IllegalArgumentException("point " + i + " needs lower <= mean <= upper, or both bounds NaN; got "
                    + lower + ", " + mean + ", " + upper);
        }
    }
}

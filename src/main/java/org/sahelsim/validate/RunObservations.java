package org.sahelsim.validate;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one run of a validation batch leaves behind: weekly series and two whole-run tallies. Small
 * enough to keep for every replicate (a few hundred values per series), so no run is kept whole.
 *
 * @param replicate    index of the replicate, 0..
 * @param seed         its seed
 * @param dates        first day of each simulated week, strictly increasing
 * @param weekly       the recorded series, each with one value per week; absent when not observed
 * @param regionEvents violent events per theatre region over the run ({@link Places#theatre}), or
 *                     null when not observed
 * @param eventDeaths  deaths of each violent event with at least one death, in order
 */
public record RunObservations(int replicate, long seed, LocalDate[] dates, Map<Series, double[]> weekly,
                              double[] regionEvents, int[] eventDeaths) {

    public RunObservations {
        if (dates.length == 0) {
            throw new IllegalArgumentException("a run has at least one week");
        }
        EnumMap<Series, double[]> copy = new EnumMap<>(Series.class);
        for (Map.Entry<Series, double[]> e : weekly.entrySet()) {
            if (e.getValue().length != dates.length) {
                throw new IllegalArgumentException(e.getKey() + " has " + e.getValue().length + " values for "
                        + dates.length + " weeks");
            }
            copy.put(e.getKey(), e.getValue().clone());
        }
        weekly = copy;
        dates = dates.clone();
        regionEvents = regionEvents == null ? null : regionEvents.clone();
        eventDeaths = eventDeaths == null ? new int[0] : eventDeaths.clone();
    }

    /** True when the series was recorded. */
    public boolean has(Series s) {
        return weekly.containsKey(s);
    }

    /** The series (a copy); throws when it was not recorded. */
    public double[] series(Series s) {
        double[] v = weekly.get(s);
        if (v == null) {
            throw new IllegalStateException(s + " was not recorded");
        }
        return v.clone();
    }

    /** Value of a series in week {@code w}, without copying. */
    double at(Series s, int w) {
        return weekly.get(s)[w];
    }

    @Override
    public Map<Series, double[]> weekly() {
        return java.util.Collections.unmodifiableMap(weekly);
    }

    public int weeks() {
        return dates.length;
    }

    public LocalDate date(int w) {
        return dates[w];
    }

    @Override
    public LocalDate[] dates() {
        return dates.clone();
    }

    @Override
    public double[] regionEvents() {
        return regionEvents == null ? null : regionEvents.clone();
    }

    @Override
    public int[] eventDeaths() {
        return eventDeaths.clone();
    }
}

package org.sahelsim.model;

import java.time.LocalDate;

/**
 * Statistics of one week, computed in the metrics phase. Arrays are indexed by faction ordinal and,
 * for the per-country ones, by {@link SahelModel#studyCountries()} index.
 */
public record WeeklyStats(
        int week,
        LocalDate date,
        int[] controlledCells,
        int[] contestedCells,
        double[] controlledAreaKm2,
        double[] controlledPopulation,
        int[] fighters,
        int[] units,
        int[] clashes,
        int[] raids,
        int[] fightersLost,
        int[] civiliansKilled,
        int[][] controlledCellsByCountry,
        double[][] controlledPopulationByCountry) {
}

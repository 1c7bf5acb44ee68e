package org.sahelsim.output;

import java.io.IOException;
import org.sahelsim.model.ClashEvent;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Region;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.SahelModel;

/**
 * Accumulates control and events per admin-1 region over each calendar year and writes one row per
 * (year, region, faction) where the faction held ground or fought.
 */
final class RegionYears {
    private final SahelMap map;
    private final int[] landCells;
    private final int[][] cellsNow;
    private final double[][] shareSum;
    private final int[][] events;
    private final int[][] deaths;
    private int weeks;
    private int year = Integer.MIN_VALUE;

    RegionYears(SahelModel m) {
        map = m.map;
        int r = map.regions.size();
        int f = Faction.count();
        landCells = new int[r];
        for (int c = 0; c < map.cells(); c++) {
            if (map.admin1[c] >= 0 && m.passable(c)) {
                landCells[map.admin1[c]]++;
            }
        }
        cellsNow = new int[r][f];
        shareSum = new double[r][f];
        events = new int[r][f];
        deaths = new int[r][f];
    }

    /** Adds the week just simulated; writes the previous year when the year changes. */
    void week(SahelModel m, CsvWriter out, RunKey key) throws IOException {
        int y = m.lastStats.date().getYear();
        if (y != year && weeks > 0) {
            flush(out, key);
        }
        year = y;
        weeks++;
        countControl(m);
        for (ClashEvent e : m.weekEvents) {
            int r = map.admin1[e.cell()];
            if (r >= 0) {
                events[r][e.attacker().ordinal()]++;
                events[r][e.defender().ordinal()]++;
                deaths[r][e.attacker().ordinal()] += e.deaths();
                deaths[r][e.defender().ordinal()] += e.deaths();
            }
        }
    }

    private void countControl(SahelModel m) {
        for (int[] row : cellsNow) {
            java.util.Arrays.fill(row, 0);
        }
        byte[] ctl = m.territory.controller;
        for (int c = 0; c < ctl.length; c++) {
            if (ctl[c] >= 0 && map.admin1[c] >= 0) {
                cellsNow[map.admin1[c]][ctl[c]]++;
            }
        }
        for (int r = 0; r < landCells.length; r++) {
            for (int f = 0; f < Faction.count() && landCells[r] > 0; f++) {
                shareSum[r][f] += cellsNow[r][f] / (double) landCells[r];
            }
        }
    }

    /** Writes the rows of the year in progress and resets the accumulators. */
    void flush(CsvWriter out, RunKey key) throws IOException {
        for (int r = 0; r < landCells.length; r++) {
            if (landCells[r] == 0) {
                continue;
            }
            Region region = map.regions.get(r);
            for (Faction f : Faction.values()) {
                int i = f.ordinal();
                if (shareSum[r][i] > 0 || events[r][i] > 0) {
                    out.row(key, year, region.code(), region.name(), region.country(), f.name(),
                            cellsNow[r][i] / (double) landCells[r], shareSum[r][i] / weeks, events[r][i], deaths[r][i]);
                }
            }
        }
        for (int r = 0; r < landCells.length; r++) {
            java.util.Arrays.fill(shareSum[r], 0);
            java.util.Arrays.fill(events[r], 0);
            java.util.Arrays.fill(deaths[r], 0);
        }
        weeks = 0;
    }
}

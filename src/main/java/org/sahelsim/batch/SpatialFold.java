package org.sahelsim.batch;

import java.io.IOException;
import org.sahelsim.model.Faction;
import org.sahelsim.model.SahelMap;
import org.sahelsim.output.AggregateCsv;
import org.sahelsim.output.ControlGridFile;

/**
 * Per-cell counts over an arm's replicates: how often each faction controls a cell at the end (and
 * holds it contested), and how many violent events happen in it. Memory is a few counters per cell
 * for the arm being folded, whatever the number of runs.
 */
final class SpatialFold {
    private final SahelMap map;
    private final int[][] control;
    private final int[][] contested;
    private final int[] events;
    private int runs;

    SpatialFold(SahelMap map) {
        this.map = map;
        control = new int[Faction.count()][map.cells()];
        contested = new int[Faction.count()][map.cells()];
        events = new int[map.cells()];
    }

    void grid(ControlGridFile.Grid g) throws IOException {
        if (g.width() != map.width || g.height() != map.height) {
            throw new IOException("control map of " + g.width() + " x " + g.height() + " cells, the grid has "
                    + map.width + " x " + map.height);
        }
        for (int c = 0; c < g.controller().length; c++) {
            int f = g.controller()[c];
            if (f >= 0) {
                control[f][c]++;
                if (g.contested()[c]) {
                    contested[f][c]++;
                }
            }
        }
        runs++;
    }

    /** Counts an event at a cell centre given in degrees. */
    void event(double lat, double lon) throws IOException {
        int x = map.x(lon);
        int y = map.y(lat);
        if (!map.inBounds(x, y)) {
            throw new IOException("event at " + lat + ", " + lon + " lies outside the grid");
        }
        events[map.index(x, y)]++;
    }

    /** Rows: arm, faction, cell, lon, lat, p_control, p_contested, for cells a faction ever held. */
    void writeControl(String arm, AggregateCsv out) throws IOException {
        for (Faction f : Faction.values()) {
            int[] counts = control[f.ordinal()];
            for (int c = 0; c < counts.length; c++) {
                if (counts[c] > 0) {
                    out.row(arm, f.name(), c, map.lon(c % map.width), map.lat(c / map.width),
                            counts[c] / (double) runs, contested[f.ordinal()][c] / (double) runs);
                }
            }
        }
    }

    /** Rows: arm, cell, lon, lat, events_per_year (mean over replicates) for cells with any event. */
    void writeDensity(String arm, int weeks, AggregateCsv out) throws IOException {
        double years = weeks * 7 / 365.25;
        for (int c = 0; c < events.length; c++) {
            if (events[c] > 0) {
                out.row(arm, c, map.lon(c % map.width), map.lat(c / map.width), events[c] / (double) runs / years);
            }
        }
    }

    static String[] controlHeader() {
        return new String[] {"arm", "faction", "cell", "lon", "lat", "p_control", "p_contested"};
    }

    static String[] densityHeader() {
        return new String[] {"arm", "cell", "lon", "lat", "events_per_year"};
    }
}

package org.sahelsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.sahelsim.model.Faction;
import org.sahelsim.output.BatchLayout;
import org.sahelsim.output.BatchMetrics;
import org.sahelsim.output.CsvReader;

/**
 * The per-cell tables of a batch as grids: control probability by arm and side (a group's share is
 * the sum of its members', as a cell has one controller), and mean violent events per cell per year.
 */
public final class SpatialResults {
    private SpatialResults() {
    }

    /**
     * Control probability per cell for each arm and requested side (a faction name or
     * {@link BatchMetrics#JIHADIST} / {@link BatchMetrics#PRO_GOVERNMENT}), by arm then side.
     */
    public static Map<String, Map<String, float[]>> control(Path root, Set<String> sides, int cells) throws IOException {
        Map<String, Map<String, float[]>> out = new LinkedHashMap<>();
        try (CsvReader in = CsvReader.open(BatchLayout.aggregate(root, BatchLayout.CONTROL))) {
            int arm = in.column("arm");
            int faction = in.column("faction");
            int cell = in.column("cell");
            int p = in.column("p_control");
            while (in.next()) {
                Faction f = Faction.valueOf(in.get(faction));
                String group = f.isJihadist() ? BatchMetrics.JIHADIST : BatchMetrics.PRO_GOVERNMENT;
                Map<String, float[]> byArm = out.computeIfAbsent(in.get(arm), a -> new LinkedHashMap<>());
                int c = (int) in.integer(cell);
                float v = (float) in.number(p);
                for (String side : new String[] {f.name(), group}) {
                    if (sides.contains(side)) {
                        float[] grid = byArm.computeIfAbsent(side, s -> new float[cells]);
                        grid[c] = Math.min(1f, grid[c] + v);
                    }
                }
            }
        }
        return out;
    }

    /** Mean violent events per cell per year, by arm; NaN where no replicate had an event. */
    public static Map<String, float[]> density(Path root, int cells) throws IOException {
        Map<String, float[]> out = new LinkedHashMap<>();
        try (CsvReader in = CsvReader.open(BatchLayout.aggregate(root, BatchLayout.DENSITY))) {
            int arm = in.column("arm");
            int cell = in.column("cell");
            int v = in.column("events_per_year");
            while (in.next()) {
                float[] grid = out.computeIfAbsent(in.get(arm), a -> nan(cells));
                grid[(int) in.integer(cell)] = (float) in.number(v);
            }
        }
        return out;
    }

    private static float[] nan(int cells) {
        float[] g = new float[cells];
        java.util.Arrays.fill(g, Float.NaN);
        return g;
    }
}

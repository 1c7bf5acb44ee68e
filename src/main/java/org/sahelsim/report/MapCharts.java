package org.sahelsim.report;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import org.sahelsim.charts.ColourRamp;
import org.sahelsim.charts.GridHeatRenderer;
import org.sahelsim.charts.HeatScale;
import org.sahelsim.charts.ShareMapRenderer;
import org.sahelsim.model.Faction;
import org.sahelsim.model.SahelMap;
import org.sahelsim.output.BatchMetrics;

/**
 * Maps on the real grid: for each arm, the probability that each side controls each cell at the
 * end, and the density of violent events (on one log scale shared by all arms, so arms compare).
 */
final class MapCharts {
    /** Colour of the pro-government side on maps (the state blue of the control maps). */
    private static final int PRO_GOVERNMENT_RGB = Faction.NIGER.rgb;

    private MapCharts() {
    }

    static void draw(BatchCharts charts, SahelMap map) throws IOException {
        BatchResults r = charts.results();
        Map<String, Map<String, float[]>> control = SpatialResults.control(r.root(),
                new LinkedHashSet<>(Headlines.MAP_SIDES), map.cells());
        String end = r.manifest().end();
        for (String arm : r.arms()) {
            for (String side : Headlines.MAP_SIDES) {
                float[] share = control.getOrDefault(arm, Map.of()).getOrDefault(side, new float[map.cells()]);
                String who = Headlines.inSentence(side);
                String title = "Control probability: " + who + " · " + arm;
                String legend = "Replicates in which the cell is held by " + who + " at the end (%)";
                charts.add("map-control-" + slug(side) + "-" + arm, BatchCharts.MAPS, title,
                        ShareMapRenderer.picture(map, share, colour(side), legend, title, subtitle(charts,
                                "control at the end of the run, " + end)),
                        "Share of the " + arm + " replicates in which each cell is held by "
                                + BatchMetrics.sideLabel(side) + " at the end of the run.");
            }
        }
        density(charts, map);
    }

    private static void density(BatchCharts charts, SahelMap map) throws IOException {
        Map<String, float[]> density = SpatialResults.density(charts.results().root(), map.cells());
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (float[] grid : density.values()) {
            for (float v : grid) {
                if (v > 0) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!(hi > 0)) {
            return;
        }
        String label = "Violent events per cell per year";
        HeatScale scale = HeatScale.logarithmic(label, lo, lo < hi ? hi : lo * 10).withRamp(ColourRamp.YL_OR_RD);
        for (String arm : charts.results().arms()) {
            float[] grid = density.get(arm);
            if (grid == null) {
                continue;
            }
            String title = "Violent-event density · " + arm;
            charts.add("map-events-" + arm, BatchCharts.MAPS, title,
                    GridHeatRenderer.picture(map, grid, scale, "No event in any replicate", title,
                            subtitle(charts, "mean over replicates, log colour scale shared by all arms")),
                    "Violent events (clashes and raids) per cell and year, the mean over the " + arm
                            + " replicates; cells without any event keep the base colour.");
        }
    }

    private static String subtitle(BatchCharts charts, String what) {
        return charts.subtitle() + " · " + what;
    }

    private static int colour(String side) {
        return side.equals(BatchMetrics.PRO_GOVERNMENT) ? PRO_GOVERNMENT_RGB : Faction.valueOf(side).rgb;
    }

    static String slug(String side) {
        return side.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

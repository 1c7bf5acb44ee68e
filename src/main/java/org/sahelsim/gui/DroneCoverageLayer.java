package org.sahelsim.gui;

import java.awt.Graphics2D;
import java.util.List;
import org.sahelsim.charts.LegendEntry;
import org.sahelsim.charts.MapCanvas;
import org.sahelsim.model.SahelModel;

/**
 * Drone coverage: cells where insurgent movement and attacks are suppressed
 * ({@link SahelModel#suppression}, 0..1, set by the drone submodel), shaded blue, darker where
 * stronger. Off at start: the shade tints the territory colours; the patrol discs of
 * {@link DroneWingLayer} show where the wings fly without hiding them.
 */
final class DroneCoverageLayer extends MapLayer {
    private static final int LEVELS = 8;
    private static final int RGB = 0x2F74C0;
    private final int[] shades = new int[LEVELS + 1];
    private final CellRaster raster = new CellRaster();

    DroneCoverageLayer(MapView view) {
        super(view, "Drone suppression (shade)", false);
        for (int k = 1; k <= LEVELS; k++) {
            shades[k] = ((30 + 150 * k / LEVELS) << 24) | RGB;
        }
    }

    @Override
    void paint(Graphics2D g, MapCanvas canvas, SahelModel m) {
        float[] s = m.suppression;
        raster.paint(g, canvas, i -> s[i] > 0 ? shades[Math.max(1, Math.min(LEVELS, Math.round(s[i] * LEVELS)))] : 0);
    }

    /** Listed only where some cell is covered. */
    @Override
    public Legend.Block legend(SahelModel m) {
        for (float v : m.suppression) {
            if (v > 0) {
                return new Legend.Swatches("Drone suppression", List.of(new LegendEntry("suppression (darker: stronger)",
                        RGB, LegendEntry.Swatch.SOLID, null, 0)), 1);
            }
        }
        return null;
    }
}

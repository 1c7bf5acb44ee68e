package org.sahelsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sahelsim.charts.LegendEntry;
import org.sahelsim.charts.MapCanvas;
import org.sahelsim.model.DroneWing;
import org.sahelsim.model.SahelModel;

/**
 * Drone wings: the patrol disc of every wing in service (radius {@code rangeKm} around its base),
 * outlined in its owner's colour, solid while it flies and dashed while its control station is
 * down. Outlines only, so the territory underneath keeps its colours.
 */
final class DroneWingLayer extends MapLayer {
    static final String NAME = "Drone wings (patrol discs)";
    private static final BasicStroke FLYING = new BasicStroke(2f);
    private static final BasicStroke GROUNDED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 5f}, 0f);

    DroneWingLayer(MapView view) {
        super(view, NAME, true);
    }

    @Override
    void paint(Graphics2D g, MapCanvas canvas, SahelModel m) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        LocalDate today = m.date();
        for (DroneWing w : m.wings) {
            if (!w.inService(m, today)) {
                continue;
            }
            double dLat = w.setup.rangeKm() / DroneWing.KM_PER_DEGREE;
            double dLon = dLat / Math.max(0.1, Math.cos(Math.toRadians(w.baseLat)));
            double x0 = canvas.lonToX(w.baseLon - dLon);
            double x1 = canvas.lonToX(w.baseLon + dLon);
            double y0 = canvas.latToY(w.baseLat + dLat);
            double y1 = canvas.latToY(w.baseLat - dLat);
            Ellipse2D disc = new Ellipse2D.Double(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
            Color c = MapCanvas.factionColour(w.owner());
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 40));
            g.setStroke(new BasicStroke(5f));
            g.draw(disc);
            g.setColor(c.darker());
            g.setStroke(w.stationDown(m.week()) ? GROUNDED : FLYING);
            g.draw(disc);
        }
    }

    /** One swatch per owner with a wing in service. */
    @Override
    public Legend.Block legend(SahelModel m) {
        List<LegendEntry> entries = new ArrayList<>();
        for (DroneWing w : m.wings) {
            boolean listed = entries.stream().anyMatch(e -> e.faction() == w.owner());
            if (!listed && w.inService(m, m.date())) {
                entries.add(new LegendEntry(Labels.shortName(w.owner()) + " wings", MapCanvas.factionColour(w.owner()).getRGB(),
                        LegendEntry.Swatch.SOLID, w.owner(), 0));
            }
        }
        if (entries.isEmpty()) {
            return null;
        }
        entries.add(new LegendEntry("dashed: station down", 0x9A9A9A, LegendEntry.Swatch.SOLID, null, 0));
        return new Legend.Swatches("Drone patrol discs", entries, 1);
    }
}

package org.sahelsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.util.List;
import org.sahelsim.charts.LegendEntry;
import org.sahelsim.charts.MapCanvas;
import org.sahelsim.model.CorridorPath;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.config.CorridorParams;

/**
 * The corridor between the learner's core and the teacher's area (ISSP and ISWAP in the scenarios)
 * as the corridor submodel traced it this week ({@link SahelModel#corridor}): a line through the
 * centres of its cells over a white casing, in the teacher's colour while fighters and skills pass,
 * dashed grey while the route exists but is interdicted or not yet used.
 */
final class CorridorLayer extends MapLayer {
    static final String NAME = "Corridor";
    /** Colour of a route that is cut (interdicted) or not yet used. */
    static final int CUT_RGB = 0x7A7A7A;
    private static final BasicStroke CASING = new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke IN_USE = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke CUT = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {6f, 5f}, 0f);

    CorridorLayer(MapView view) {
        super(view, NAME, true);
    }

    /** Colour of a route in use: the teacher's map colour. */
    static Color inUse(SahelModel m) {
        return MapCanvas.factionColour(m.config.corridor().teacher());
    }

    @Override
    void paint(Graphics2D g, MapCanvas canvas, SahelModel m) {
        CorridorPath c = m.corridor;
        if (!c.routed()) {
            return;
        }
        int width = m.map.width;
        Path2D.Double line = new Path2D.Double();
        for (int k = 0; k < c.length(); k++) {
            int cell = c.cell(k);
            double x = canvas.centreX(cell % width);
            double y = canvas.centreY(cell / width);
            if (k == 0) {
                line.moveTo(x, y);
            } else {
                line.lineTo(x, y);
            }
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(255, 255, 255, 200));
        g.setStroke(CASING);
        g.draw(line);
        g.setColor(c.connected() ? inUse(m) : new Color(CUT_RGB));
        g.setStroke(c.connected() ? IN_USE : CUT);
        g.draw(line);
    }

    /** The corridor's state this week: in use, interdicted, routed but not yet used, or no route. */
    @Override
    public Legend.Block legend(SahelModel m) {
        CorridorPath c = m.corridor;
        CorridorParams p = m.config.corridor();
        String label;
        int rgb = CUT_RGB;
        if (c.connected()) {
            label = "in use: fighters and skills pass";
            rgb = inUse(m).getRGB() & 0xFFFFFF;
        } else if (c.interdicted()) {
            label = c.routed() ? "interdicted (dashed)" : "interdicted, no route";
        } else if (c.routed()) {
            label = "route not yet used (dashed)";
        } else {
            label = "no route this week";
        }
        return new Legend.Swatches(Labels.shortName(p.learner()) + "–" + Labels.shortName(p.teacher()) + " corridor",
                List.of(new LegendEntry(label, rgb, LegendEntry.Swatch.SOLID, null, 0)), 1);
    }
}

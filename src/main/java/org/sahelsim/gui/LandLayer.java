package org.sahelsim.gui;

import java.awt.Graphics2D;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import org.sahelsim.charts.MapCanvas;
import org.sahelsim.model.SahelModel;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimpleInspector;
import sim.util.Bag;
import sim.util.Int2D;

/**
 * Land, sea and lakes in their base colours. Clicking the map inspects the cell under the mouse
 * through this layer: region, population, controller, influences, grievance.
 */
final class LandLayer extends MapLayer {
    LandLayer(MapView view) {
        super(view, "Land and sea (click a cell to inspect it)", true);
        cacheAsImage(true);
    }

    @Override
    boolean needsModel() {
        return false;
    }

    @Override
    void paint(Graphics2D g, MapCanvas canvas, SahelModel model) {
        canvas.paintLand(g);
    }

    @Override
    public void hitObjects(DrawInfo2D range, Bag putInHere) {
        SahelModel m = view.model();
        if (m == null) {
            return;
        }
        Point2D.Double click = new Point2D.Double(range.clip.getCenterX(), range.clip.getCenterY());
        try {
            Point2D p = view.toScreen(range).inverseTransform(click, null);
            int cell = view.canvas().cellAt(p.getX(), p.getY());
            if (cell >= 0 && view.canvas().isStudy(cell)) {
                putInHere.add(new LocationWrapper(new CellProbe(m, cell), new Int2D(cell % m.map.width, cell / m.map.width),
                        this));
            }
        } catch (NoninvertibleTransformException e) {
            // A zero-sized display shows nothing to click on.
        }
    }

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
        return new SimpleInspector(((CellProbe) wrapper.getObject()).readout(), state, "Cell");
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return ((CellProbe) wrapper.getObject()).title();
    }
}

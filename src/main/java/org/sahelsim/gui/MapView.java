package org.sahelsim.gui;

import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import org.sahelsim.charts.MapCanvas;
import org.sahelsim.model.SahelModel;
import sim.portrayal.DrawInfo2D;

/**
 * What every layer of the display shares: the canvas of the current map and the model being
 * shown. Layers draw in canvas pixels; {@link #toScreen} scales them to the display's zoom.
 */
final class MapView {
    /** Width of the canvas, and of the display at zoom 1, pixels. */
    static final int WIDTH = 960;

    private MapCanvas canvas;
    private SahelModel model;

    MapView(SahelModel model) {
        bind(model);
    }

    /** Shows {@code m}; a new map gets a new canvas. */
    void bind(SahelModel m) {
        if (canvas == null || canvas.map() != m.map) {
            canvas = MapCanvas.fit(m.map, WIDTH);
        }
        model = m;
    }

    MapCanvas canvas() {
        return canvas;
    }

    /** The model, or null before its first start (then only the fixed layers draw). */
    SahelModel model() {
        return model != null && model.territory != null ? model : null;
    }

    /** Canvas pixels to the screen pixels of a layer attached over {@link MapCanvas#gridBounds()}. */
    AffineTransform toScreen(DrawInfo2D info) {
        Rectangle2D.Double grid = canvas.gridBounds();
        double sx = info.draw.width / grid.width;
        double sy = info.draw.height / grid.height;
        AffineTransform t = AffineTransform.getTranslateInstance(info.draw.x - grid.x * sx, info.draw.y - grid.y * sy);
        t.scale(sx, sy);
        return t;
    }
}

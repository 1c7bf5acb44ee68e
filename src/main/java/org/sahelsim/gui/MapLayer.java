package org.sahelsim.gui;

import java.awt.Graphics2D;
import org.sahelsim.charts.MapCanvas;
import org.sahelsim.model.SahelModel;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Portrayal;
import sim.portrayal.SimplePortrayal2D;

/**
 * One switchable layer of the map display (the Display2D "Layers" menu lists it by name). It
 * draws in canvas pixels; the graphics arrive already scaled to the display's zoom and scroll.
 */
abstract class MapLayer extends FieldPortrayal2D implements Legend.Source {
    final String name;
    final boolean shownAtStart;
    final MapView view;
    private volatile boolean drawn;
    private LayerCache cache;

    MapLayer(MapView view, String name, boolean shownAtStart) {
        this.view = view;
        this.name = name;
        this.shownAtStart = shownAtStart;
        setField(view);
    }

    /** Draws the layer; {@code model} is null before the first start. */
    abstract void paint(Graphics2D g, MapCanvas canvas, SahelModel model);

    /**
     * Keeps the layer as an image between frames; only for layers that depend on the map alone.
     *
     * @param opaque the layer covers every pixel
     */
    void cacheAsImage(boolean opaque) {
        cache = new LayerCache(opaque);
    }

    /** True if the layer draws nothing without a started model. */
    boolean needsModel() {
        return true;
    }

    @Override
    public void draw(Object field, Graphics2D g, DrawInfo2D info) {
        SahelModel m = view.model();
        if (m == null && needsModel()) {
            return;
        }
        MapCanvas canvas = view.canvas();
        if (cache != null) {
            cache.draw(g, view.toScreen(info), canvas, c -> paint(c, canvas, m));
        } else {
            Graphics2D c = (Graphics2D) g.create();
            try {
                c.transform(view.toScreen(info));
                paint(c, canvas, m);
            } finally {
                c.dispose();
            }
        }
        drawn = true;
    }

    @Override
    public boolean drawnSinceLegend() {
        boolean was = drawn;
        drawn = false;
        return was;
    }

    @Override
    public Portrayal getDefaultPortrayal() {
        return new SimplePortrayal2D();
    }
}

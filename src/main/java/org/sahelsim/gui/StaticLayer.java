package org.sahelsim.gui;

import java.awt.Graphics2D;
import java.util.function.BiConsumer;
import org.sahelsim.charts.MapCanvas;
import org.sahelsim.model.SahelModel;

/** A layer of the fixed map (borders, rivers, towns, air bases), drawn by the chart factories' painters. */
final class StaticLayer extends MapLayer {
    private final BiConsumer<MapCanvas, Graphics2D> painter;

    StaticLayer(MapView view, String name, boolean shownAtStart, BiConsumer<MapCanvas, Graphics2D> painter) {
        super(view, name, shownAtStart);
        this.painter = painter;
        cacheAsImage(false);
    }

    @Override
    boolean needsModel() {
        return false;
    }

    @Override
    void paint(Graphics2D g, MapCanvas canvas, SahelModel model) {
        painter.accept(canvas, g);
    }
}

package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelsim.charts.MapCanvas;
import org.sahelsim.gui.ScenarioSource.Scenario;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Territory;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/** The layers draw headless, before and after a start, and the control layer paints each cell in its holder's colour. */
class LayerRenderingTest {
    static BufferedImage draw(MapView view, FieldPortrayal2D layer) {
        MapCanvas c = view.canvas();
        BufferedImage img = new BufferedImage(c.widthPx(), c.heightPx(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            DrawInfo2D info = new DrawInfo2D(null, layer, c.gridBounds(), new Rectangle2D.Double(0, 0, img.getWidth(),
                    img.getHeight()));
            layer.draw(layer.getField(), g, info);
        } finally {
            g.dispose();
        }
        return img;
    }

    @Test
    void everyLayerDrawsBeforeTheFirstStartAndDuringARun() {
        Scenario s = new TestScenarios().load(TestScenarios.BASELINE, Map.of());
        SahelModel m = new SahelModel(5, s.map(), s.config());
        MapView view = new MapView(m);
        RecentViolence violence = new RecentViolence();
        Layers layers = new Layers(view, violence);
        for (Layers.Entry e : layers.entries()) {
            if (!(e.portrayal() instanceof UnitLayer)) {
                draw(view, e.portrayal());
            }
        }
        m.start();
        view.bind(m);
        layers.bind(m);
        violence.reset(m);
        for (int w = 0; w < 5; w++) {
            m.schedule.step(m);
            violence.record(m);
        }
        for (Layers.Entry e : layers.entries()) {
            BufferedImage img = draw(view, e.portrayal());
            assertEquals(view.canvas().widthPx(), img.getWidth(), e.name());
        }
    }

    @Test
    void theControlLayerPaintsEveryHeldCellInItsHoldersColour() {
        Scenario s = new TestScenarios().load(TestScenarios.BASELINE, Map.of());
        SahelModel m = new SahelModel(5, s.map(), s.config());
        m.start();
        for (int w = 0; w < 10; w++) {
            m.schedule.step(m);
        }
        MapView view = new MapView(m);
        BufferedImage img = draw(view, new ControlLayer(view));
        MapCanvas c = view.canvas();
        Territory t = m.territory;
        int checked = 0;
        for (int i = 0; i < m.map.cells(); i++) {
            if (t.controller[i] < 0 || t.contested[i] || !c.isStudy(i)) {
                continue;
            }
            int px = (int) c.centreX(i % m.map.width);
            int py = (int) c.centreY(i / m.map.width);
            assertEquals(MapCanvas.factionColour(t.controllerOf(i)).getRGB(), img.getRGB(px, py), "cell " + i);
            checked++;
        }
        assertTrue(checked > 1000, "only " + checked + " held cells");
    }
}

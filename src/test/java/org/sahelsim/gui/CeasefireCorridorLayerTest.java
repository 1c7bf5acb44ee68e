package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelsim.charts.LegendEntry;
import org.sahelsim.charts.MapCanvas;
import org.sahelsim.gui.ScenarioSource.Scenario;
import org.sahelsim.model.Agreement;
import org.sahelsim.model.CeasefireState;
import org.sahelsim.model.CorridorPath;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Pact;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.config.ScenarioConfig;

/**
 * The ceasefire layer outlines the scope of ceasefires in force or eroding and nothing else; the
 * corridor layer draws the traced route, in the teacher's colour only while it is in use. Headless:
 * the layers draw into an image.
 */
class CeasefireCorridorLayerTest {
    private static final Scenario BASELINE = new TestScenarios().load(TestScenarios.BASELINE, Map.of());

    private static SahelModel started(Scenario s) {
        SahelModel m = new ModelSettings(new TestScenarios(), TestScenarios.BASELINE).newModel(s, 7);
        m.start();
        return m;
    }

    private static int count(BufferedImage img, int rgb) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                n += (img.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
            }
        }
        return n;
    }

    private static Pact ansongo(SahelModel m) {
        for (Pact p : m.pacts) {
            if (p.a == Faction.ISSP && p.b == Faction.JNIM) {
                return p;
            }
        }
        throw new AssertionError("no ISSP-JNIM pact tracked");
    }

    private static List<String> labels(Legend.Block b) {
        List<String> out = new ArrayList<>();
        for (LegendEntry e : ((Legend.Swatches) b).entries()) {
            out.add(e.label());
        }
        return out;
    }

    @Test
    void theLayersAreInTheLayersMenuAndShownAtStart() {
        SahelModel m = new SahelModel(1, BASELINE.map(), BASELINE.config());
        List<String> shown = new ArrayList<>();
        for (Layers.Entry e : new Layers(new MapView(m), new RecentViolence()).entries()) {
            if (e.shown()) {
                shown.add(e.name());
            }
        }
        assertTrue(shown.contains(CeasefireLayer.NAME), shown.toString());
        assertTrue(shown.contains(CorridorLayer.NAME), shown.toString());
    }

    @Test
    void theAnsongoTruceIsOutlinedOnItsEdgeOnly() {
        SahelModel m = started(BASELINE);
        Agreement truce = m.agreements().stream().filter(a -> a.between(Faction.ISSP, Faction.JNIM)).findFirst().orElseThrow();
        assertEquals(CeasefireState.IN_FORCE, truce.state());
        MapView view = new MapView(m);
        MapCanvas c = view.canvas();
        BufferedImage img = LayerRenderingTest.draw(view, new CeasefireLayer(view));
        assertTrue(count(img, CeasefireLayer.IN_FORCE_RGB) > 100, "no outline drawn");
        assertEquals(0, count(img, CeasefireLayer.ERODING_RGB));
        int edges = 0;
        int interiors = 0;
        int away = 0;
        int w = m.map.width;
        for (int i = 0; i < m.map.cells(); i++) {
            int x = i % w;
            int y = i / w;
            if (!c.isStudy(i) || x == 0 || x == w - 1 || y == 0 || y == m.map.height - 1) {
                continue;
            }
            boolean in = truce.covers(m.map, i);
            int px = (int) c.centreX(x);
            int py = (int) c.centreY(y);
            int rgb = img.getRGB(px, py) & 0xFFFFFF;
            // The outline runs on cell edges, 2 px wide, so it may reach the centre of a cell next to
            // it, diagonals included.
            boolean nextToIn = false;
            boolean nextToOut = false;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    boolean n = truce.covers(m.map, i + dy * w + dx);
                    nextToIn |= n;
                    nextToOut |= !n;
                }
            }
            if (!in) {
                if (!nextToIn) {
                    assertEquals(0, rgb, "cell " + i + " away from the scope is painted");
                    away++;
                }
                continue;
            }
            boolean westOut = c.isStudy(i - 1) && !truce.covers(m.map, i - 1);
            if (!nextToOut) {
                assertEquals(0, rgb, "cell " + i + " inside the scope is filled");
                interiors++;
            }
            if (westOut) {
                int edge = (int) Math.round((x - c.cropX()) * c.cellWidth());
                boolean hit = false;
                for (int dx = -1; dx <= 1; dx++) {
                    hit |= (img.getRGB(edge + dx, py) & 0xFFFFFF) == CeasefireLayer.IN_FORCE_RGB;
                }
                assertTrue(hit, "no outline on the west edge of cell " + i);
                edges++;
            }
        }
        assertTrue(edges > 5 && interiors > 50 && away > 1000, edges + " edges, " + interiors + " interior and " + away
                + " outside cells checked");
        assertEquals(List.of("ISSP–JNIM, in force"), labels(new CeasefireLayer(view).legend(m)));
    }

    @Test
    void anErodingTruceIsDashedAndABrokenOneIsNotDrawn() {
        SahelModel m = started(BASELINE);
        MapView view = new MapView(m);
        CeasefireLayer layer = new CeasefireLayer(view);
        ansongo(m).state = CeasefireState.ERODING;
        BufferedImage eroding = LayerRenderingTest.draw(view, layer);
        assertTrue(count(eroding, CeasefireLayer.ERODING_RGB) > 50);
        assertEquals(0, count(eroding, CeasefireLayer.IN_FORCE_RGB));
        assertEquals(List.of("ISSP–JNIM, eroding", "dashed: eroding"), labels(layer.legend(m)));
        for (CeasefireState s : List.of(CeasefireState.BROKEN, CeasefireState.TALKS, CeasefireState.NONE)) {
            ansongo(m).state = s;
            BufferedImage none = LayerRenderingTest.draw(view, layer);
            assertEquals(0, count(none, CeasefireLayer.ERODING_RGB) + count(none, CeasefireLayer.IN_FORCE_RGB), s.name());
            assertNull(layer.legend(m), s.name());
        }
    }

    /** Twenty study-country cells in a row, across Niger. */
    private static int[] route(SahelModel m, MapCanvas c) {
        int y = m.map.y(14.0);
        int[] cells = new int[20];
        int n = 0;
        for (int x = m.map.x(4.0); n < cells.length; x++) {
            int i = m.map.index(x, y);
            assertTrue(c.isStudy(i), "cell " + i);
            cells[n++] = i;
        }
        return cells;
    }

    @Test
    void aCorridorInUseIsDrawnInTheTeachersColourAndACutOneDashedGrey() {
        SahelModel m = started(BASELINE);
        MapView view = new MapView(m);
        MapCanvas c = view.canvas();
        CorridorLayer layer = new CorridorLayer(view);
        int teacher = MapCanvas.factionColour(Faction.ISWAP).getRGB() & 0xFFFFFF;
        int[] cells = route(m, c);
        int mid = cells[10];
        int px = (int) c.centreX(mid % m.map.width);
        int py = (int) c.centreY(mid / m.map.width);

        m.corridor = new CorridorPath(cells, true, false);
        BufferedImage inUse = LayerRenderingTest.draw(view, layer);
        assertEquals(teacher, inUse.getRGB(px, py) & 0xFFFFFF);
        assertEquals(0, inUse.getRGB(px, py + 6) & 0xFFFFFF, "drawn away from the route");
        assertEquals(List.of("in use: fighters and skills pass"), labels(layer.legend(m)));
        assertEquals("ISSP–ISWAP corridor", ((Legend.Swatches) layer.legend(m)).title());

        m.corridor = new CorridorPath(cells, false, true);
        BufferedImage cut = LayerRenderingTest.draw(view, layer);
        assertEquals(0, count(cut, teacher));
        assertTrue(count(cut, CorridorLayer.CUT_RGB) > 20);
        assertEquals(List.of("interdicted (dashed)"), labels(layer.legend(m)));

        m.corridor = CorridorPath.NONE;
        BufferedImage none = LayerRenderingTest.draw(view, layer);
        assertEquals(0, count(none, teacher) + count(none, CorridorLayer.CUT_RGB));
        assertEquals(List.of("no route this week"), labels(layer.legend(m)));
    }

    @Test
    void theCorridorSwitchOfTheModelTabShowsOnTheLayer() {
        ModelSettings s = new ModelSettings(new TestScenarios(), TestScenarios.BASELINE);
        s.set(ModelSettings.CATALOGUE.indexOf(ModelSettings.CATALOGUE.stream()
                .filter(x -> x.path.equals("corridor.interdictFrom")).findFirst().orElseThrow()), true);
        Scenario cut = s.build();
        ScenarioConfig c = cut.config();
        assertTrue(c.corridor().interdicted(c.start()));
        SahelModel m = started(cut);
        m.schedule.step(m);
        assertTrue(m.corridor.interdicted());
        assertFalse(m.corridor.connected());
        Legend.Block b = new CorridorLayer(new MapView(m)).legend(m);
        assertNotNull(b);
        assertTrue(labels(b).get(0).startsWith("interdicted"), labels(b).toString());
    }
}

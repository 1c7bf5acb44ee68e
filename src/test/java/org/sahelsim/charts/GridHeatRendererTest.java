package org.sahelsim.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.SahelMap;

class GridHeatRendererTest {
    private final SahelMap map = SyntheticMap.build();
    private final MapGeometry geo = BaseMapPainter.geometry(map, GridHeatRenderer.DEFAULT_WIDTH);

    private int pixelAtCentre(BufferedImage img, int x, int y) {
        return img.getRGB((int) geo.centreX(x), (int) geo.centreY(y)) & 0xFFFFFF;
    }

    @Test
    void valuesAreDrawnWithTheRampAndNaNKeepsTheBaseColour() {
        float[] v = new float[map.cells()];
        Arrays.fill(v, Float.NaN);
        v[map.index(8, 8)] = 100f;
        v[map.index(9, 8)] = 0f;
        v[map.index(10, 8)] = 1000f; // above the scale: clamped to the top colour
        HeatScale scale = HeatScale.linear("Residents per cell", 0, 100).withRamp(ColourRamp.YL_OR_RD);
        BufferedImage img = GridHeatRenderer.render(map, v, scale, "Population", "synthetic");

        assertEquals(1400, img.getWidth());
        assertEquals(ColourRamp.YL_OR_RD.rgb(1), pixelAtCentre(img, 8, 8));
        assertEquals(ColourRamp.YL_OR_RD.rgb(0), pixelAtCentre(img, 9, 8));
        assertEquals(ColourRamp.YL_OR_RD.rgb(1), pixelAtCentre(img, 10, 8));
        assertEquals(MapStyle.STUDY_LAND.getRGB() & 0xFFFFFF, pixelAtCentre(img, 12, 12));
        assertArrayEquals(ControlMapRendererTest.pixels(img),
                ControlMapRendererTest.pixels(GridHeatRenderer.render(map, v.clone(), scale, "Population", "synthetic")));
    }

    @Test
    void fitUsesStudyCellsOnly() {
        float[] v = new float[map.cells()];
        v[map.index(8, 8)] = 50f;
        v[map.index(50, 2)] = 1e9f; // Algeria: not drawn, so not in the range
        HeatScale s = HeatScale.fit("x", map, v, false);
        assertEquals(0, s.min());
        assertEquals(50, s.max());
        HeatScale log = HeatScale.fit("x", map, v, true);
        assertEquals(50, log.min());
        assertEquals(500, log.max(), 1e-9);
    }

    @Test
    void logScalePositions() {
        HeatScale s = HeatScale.logarithmic("p", 10, 1000);
        assertEquals(0.5, s.position(100), 1e-12);
        assertEquals(0, s.position(0));
        assertEquals(1, s.position(1e6));
        assertEquals(100, s.valueAt(0.5), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> HeatScale.logarithmic("p", 0, 10));
        assertThrows(IllegalArgumentException.class, () -> HeatScale.linear("p", 5, 5));
    }

    @Test
    void tickLabelsAreCompactAndLocaleFree() {
        assertEquals("0", GridHeatRenderer.tickLabel(0));
        assertEquals("0.125", GridHeatRenderer.tickLabel(0.125));
        assertEquals("3.33", GridHeatRenderer.tickLabel(10 / 3.0));
        assertEquals("250", GridHeatRenderer.tickLabel(250));
        assertEquals("12.5k", GridHeatRenderer.tickLabel(12_500));
        assertEquals("1.5M", GridHeatRenderer.tickLabel(1_500_000));
    }

    @Test
    void rampEndsAreItsFirstAndLastStops() {
        assertEquals(0x440154, ColourRamp.VIRIDIS.rgb(0));
        assertEquals(0xFDE725, ColourRamp.VIRIDIS.rgb(1));
        assertEquals(0xFDE725, ColourRamp.VIRIDIS.rgb(7));
        assertEquals(0x800026, ColourRamp.YL_OR_RD.rgb(1));
    }
}

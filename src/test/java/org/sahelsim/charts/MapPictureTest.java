package org.sahelsim.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.SahelMap;

/** Batch maps: share maps and heat maps as pictures, drawn as PNG images and as SVG. */
class MapPictureTest {
    private final SahelMap map = SyntheticMap.build();
    private final MapGeometry geo = BaseMapPainter.geometry(map, GridHeatRenderer.DEFAULT_WIDTH);

    @Test
    void shareMapColoursGrowWithTheShareAndZeroKeepsTheBase() {
        float[] share = new float[map.cells()];
        int low = map.index(10, 20);
        int high = map.index(12, 20);
        share[low] = 0.2f;
        share[high] = 1f;
        BufferedImage img = ShareMapRenderer.picture(map, share, 0xE69F00, "Held by JNIM (%)", "Title", "sub").toImage();
        assertEquals(0xE69F00, centre(img, 12, 20), "share 1 is the full colour");
        assertEquals(ShareMapRenderer.colour(0xE69F00, 0.2), centre(img, 10, 20));
        assertEquals(MapStyle.STUDY_LAND.getRGB() & 0xFFFFFF, centre(img, 14, 20), "share 0 keeps the base colour");
        assertTrue(luminance(ShareMapRenderer.colour(0xE69F00, 0.2)) > luminance(ShareMapRenderer.colour(0xE69F00, 0.8)));
    }

    @Test
    void sharesOutsideZeroToOneAreRefused() {
        float[] share = new float[map.cells()];
        share[3] = 1.5f;
        assertThrows(IllegalArgumentException.class, () -> ShareMapRenderer.picture(map, share, 0, "l", "t", "s"));
        assertThrows(IllegalArgumentException.class, () -> ShareMapRenderer.picture(map, new float[2], 0, "l", "t", "s"));
    }

    @Test
    void svgKeepsTextAndLegendAsVectorsAndEmbedsTheCells() {
        float[] v = new float[map.cells()];
        Arrays.fill(v, Float.NaN);
        v[map.index(10, 20)] = 5;
        v[map.index(11, 20)] = 50;
        MapPicture p = GridHeatRenderer.picture(map, v, HeatScale.logarithmic("Violent events per cell per year", 1, 100)
                .withRamp(ColourRamp.YL_OR_RD), "No event", "Event density", "scenario x · 3 replicates");
        String svg = p.toSvg("m-");
        assertTrue(svg.startsWith("<svg"), svg.substring(0, 40));
        for (String text : new String[] {"Event density", "scenario x · 3 replicates", "Violent events per cell per year",
            "No event", "5°W", "15°N"}) {
            assertTrue(svg.contains(text), "SVG lacks the text " + text);
        }
        assertEquals(1, svg.split("<image", -1).length - 1, "one embedded raster for the grid layers");
        assertEquals(svg, p.toSvg("m-"), "deterministic");
        assertFalse(svg.matches("(?s).*\\d\\.\\d{3}.*"), "coordinates cut to two decimals");
    }

    @Test
    void thePngIsTheSamePictureEveryTime() {
        float[] share = new float[map.cells()];
        share[map.index(10, 20)] = 0.5f;
        MapPicture p = ShareMapRenderer.picture(map, share, 0x2B2B2B, "Held by ISSP (%)", "t", "s");
        BufferedImage a = p.toImage();
        BufferedImage b = p.toImage();
        assertArrayEquals(a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth()),
                b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth()));
        assertEquals(p.width(), a.getWidth());
        assertEquals(p.height(), a.getHeight());
    }

    @Test
    void graticuleLabelsNameDegreesWithTheirHemisphere() {
        assertEquals("5°W", Graticule.longitude(-5));
        assertEquals("0°", Graticule.longitude(0));
        assertEquals("10°E", Graticule.longitude(10));
        assertEquals("15°N", Graticule.latitude(15));
        assertEquals("5°S", Graticule.latitude(-5));
    }

    @Test
    void longLegendTitlesBreakIntoTwoLines() {
        java.awt.FontMetrics fm = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
                .getFontMetrics(MapStyle.LEGEND_TITLE);
        String[] lines = ShareMapRenderer.twoLines(fm, "Replicates in which the cell is held by JNIM at the end (%)", 360);
        assertTrue(fm.stringWidth(lines[0]) <= 360);
        assertEquals("Replicates in which the cell is held by JNIM at the end (%)", lines[0] + " " + lines[1]);
    }

    private int centre(BufferedImage img, int x, int y) {
        return img.getRGB((int) geo.centreX(x), (int) geo.centreY(y)) & 0xFFFFFF;
    }

    private static double luminance(int rgb) {
        return 0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF);
    }
}

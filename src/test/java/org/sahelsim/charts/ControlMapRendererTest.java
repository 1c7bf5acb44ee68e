package org.sahelsim.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.model.Faction;
import org.sahelsim.model.SahelMap;

class ControlMapRendererTest {
    private static SahelMap map;
    private static byte[] controller;
    private static BufferedImage image;
    private static MapGeometry geo;

    @BeforeAll
    static void render() {
        map = SyntheticMap.build();
        controller = new byte[map.cells()];
        Arrays.fill(controller, ControlMapRenderer.NOBODY);
        block(6, 10, 6, 10, Faction.JNIM);
        block(20, 24, 26, 30, Faction.ISSP);
        block(40, 43, 12, 15, Faction.NIGER);
        for (int y = 8; y <= 10; y++) {
            for (int x = 36; x <= 38; x++) {
                controller[map.index(x, y)] = ControlMapRenderer.CONTESTED;
            }
        }
        // Outside the study countries: must be ignored by the drawing and by the legend.
        controller[map.index(50, 2)] = (byte) Faction.AFRICA_CORPS.ordinal();
        image = ControlMapRenderer.render(map, controller, "Baseline", "2026-07-01 · seed 42");
        geo = BaseMapPainter.geometry(map, ControlMapRenderer.DEFAULT_WIDTH);
    }

    private static void block(int x0, int x1, int y0, int y1, Faction f) {
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                controller[map.index(x, y)] = (byte) f.ordinal();
            }
        }
    }

    private static int pixelAtCentre(int x, int y) {
        return image.getRGB((int) geo.centreX(x), (int) geo.centreY(y)) & 0xFFFFFF;
    }

    @Test
    void imageHasTheExpectedSize() {
        assertEquals(1400, image.getWidth());
        int body = Math.max(geo.heightPx(), 40 + 5 * 26);
        assertEquals(BaseMapPainter.HEADER + body + BaseMapPainter.FOOTER, image.getHeight());
        assertEquals(56, geo.cols, "study countries plus one cell of margin");
        assertEquals(34, geo.rows);
    }

    @Test
    void controlledCellsHaveTheirFactionsColour() {
        assertEquals(Faction.JNIM.rgb, pixelAtCentre(8, 8));
        assertEquals(Faction.ISSP.rgb, pixelAtCentre(22, 28));
        assertEquals(Faction.NIGER.rgb, pixelAtCentre(41, 13));
    }

    @Test
    void otherCellsHaveTheirBaseColours() {
        assertEquals(MapStyle.STUDY_LAND.getRGB() & 0xFFFFFF, pixelAtCentre(12, 12), "no control");
        assertEquals(MapStyle.FOREIGN_LAND.getRGB() & 0xFFFFFF, pixelAtCentre(50, 2), "foreign, ignored");
        assertEquals(MapStyle.FOREIGN_LAND.getRGB() & 0xFFFFFF, pixelAtCentre(8, 30), "no country");
        assertEquals(MapStyle.LAKE.getRGB() & 0xFFFFFF, pixelAtCentre(51, 25));
        int hatch = pixelAtCentre(37, 9);
        assertTrue(hatch == (MapStyle.HATCH_BACK.getRGB() & 0xFFFFFF) || hatch == (MapStyle.HATCH_LINE.getRGB() & 0xFFFFFF),
                Integer.toHexString(hatch));
    }

    @Test
    void legendListsOnlyFactionsPresentInTheStudyArea() {
        List<LegendEntry> legend = ControlMapRenderer.legend(map, controller);
        assertEquals(List.of("ISSP", "JNIM", "NIGER"), legend.stream().filter(e -> e.faction() != null)
                .map(e -> e.faction().name()).collect(Collectors.toList()));
        assertEquals(List.of(Faction.ISSP.label, Faction.JNIM.label, Faction.NIGER.label, "Contested", "No control"),
                legend.stream().map(LegendEntry::label).collect(Collectors.toList()));
        assertEquals(25, legend.get(1).cells());
        assertEquals(Faction.JNIM.rgb, legend.get(1).rgb());
        assertEquals(9, legend.get(3).cells());
        assertEquals(LegendEntry.Swatch.HATCH, legend.get(3).swatch());
        assertNull(legend.get(4).faction());
    }

    @Test
    void legendAlwaysHasContestedAndNoControl() {
        byte[] none = new byte[map.cells()];
        Arrays.fill(none, ControlMapRenderer.NOBODY);
        List<LegendEntry> legend = ControlMapRenderer.legend(map, none);
        assertEquals(List.of("Contested", "No control"), legend.stream().map(LegendEntry::label).collect(Collectors.toList()));
        assertEquals(0, legend.get(0).cells());
    }

    @Test
    void countryBorderPixelIsDark() {
        // Mali (row 21) above Burkina Faso (row 22), away from region borders and rivers.
        int x = (int) geo.centreX(27);
        int y = geo.py(22);
        int darkest = Math.min(luminance(image.getRGB(x, y - 1)), luminance(image.getRGB(x, y)));
        assertTrue(darkest < 100, "luminance " + darkest);
        assertTrue(luminance(image.getRGB(x, y - 6)) > 200, "cell interior stays light");
    }

    @Test
    void riverPixelIsBlue() {
        int rgb = pixelAtCentre(12, SyntheticMap.RIVER_ROW);
        int r = (rgb >> 16) & 0xFF;
        int b = rgb & 0xFF;
        assertTrue(b > r + 80, Integer.toHexString(rgb));
    }

    @Test
    void sameInputGivesSamePixels() {
        BufferedImage again = ControlMapRenderer.render(map, controller.clone(), "Baseline", "2026-07-01 · seed 42");
        assertArrayEquals(pixels(image), pixels(again));
    }

    @Test
    void pngIsWrittenAndReadable(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("control.png");
        ImageExport.writePng(image, file);
        BufferedImage read = ImageIO.read(file.toFile());
        assertNotNull(read);
        assertEquals(image.getWidth(), read.getWidth());
        assertEquals(image.getHeight(), read.getHeight());
        assertArrayEquals(pixels(image), pixels(read));
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ControlMapRenderer.render(map, new byte[3], "t", "s"));
        byte[] bad = new byte[map.cells()];
        bad[7] = (byte) Faction.count();
        assertThrows(IllegalArgumentException.class, () -> ControlMapRenderer.legend(map, bad));
        bad[7] = -3;
        assertThrows(IllegalArgumentException.class, () -> ControlMapRenderer.legend(map, bad));
        assertThrows(IllegalArgumentException.class, () -> ControlMapRenderer.render(map, controller, "t", "s", 300));
    }

    static int luminance(int argb) {
        int r = (argb >> 16) & 0xFF;
        int g = (argb >> 8) & 0xFF;
        int b = argb & 0xFF;
        return (int) Math.round(0.2126 * r + 0.7152 * g + 0.0722 * b);
    }

    static int[] pixels(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }
}

package org.sahelsim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.SahelMap;

/** The layer-by-layer canvas has the rendered maps' geometry and paints only what it is asked to. */
class MapCanvasTest {
    private final SahelMap map = SyntheticMap.build();
    private final MapCanvas canvas = MapCanvas.fit(map, 600);

    @Test
    void theGridBoundsLineUpWithTheCells() {
        Rectangle2D.Double grid = canvas.gridBounds();
        for (int x = canvas.cropX(); x < canvas.cropX() + canvas.cropColumns(); x++) {
            double fromGrid = grid.x + (x + 0.5) * grid.width / map.width;
            assertEquals(canvas.centreX(x), fromGrid, 1.0, "column " + x);
        }
        for (int y = canvas.cropY(); y < canvas.cropY() + canvas.cropRows(); y++) {
            double fromGrid = grid.y + (y + 0.5) * grid.height / map.height;
            assertEquals(canvas.centreY(y), fromGrid, 1.0, "row " + y);
        }
        int cell = map.index(canvas.cropX() + 3, canvas.cropY() + 2);
        assertEquals(cell, canvas.cellAt(canvas.centreX(canvas.cropX() + 3), canvas.centreY(canvas.cropY() + 2)));
        assertEquals(-1, canvas.cellAt(-1e6, 0));
    }

    @Test
    void paintCellsColoursOnlyStudyCellsItIsGivenAPaintFor() {
        BufferedImage img = new BufferedImage(canvas.widthPx(), canvas.heightPx(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        int column = canvas.cropX() + canvas.cropColumns() / 3;
        canvas.paintCells(g, i -> i % map.width == column ? Color.RED : null);
        g.dispose();
        int red = 0;
        for (int y = canvas.cropY(); y < canvas.cropY() + canvas.cropRows(); y++) {
            for (int x = canvas.cropX(); x < canvas.cropX() + canvas.cropColumns(); x++) {
                int rgb = img.getRGB((int) canvas.centreX(x), (int) canvas.centreY(y)) & 0xFFFFFF;
                boolean expected = x == column && canvas.isStudy(map.index(x, y));
                assertEquals(expected ? 0xFF0000 : 0xFFFFFF, rgb, "cell " + x + "," + y);
                red += expected ? 1 : 0;
            }
        }
        assertTrue(red > 0);
    }

    @Test
    void aTinyCanvasIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> MapCanvas.fit(map, 50));
    }
}

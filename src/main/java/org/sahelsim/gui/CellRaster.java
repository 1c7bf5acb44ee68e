package org.sahelsim.gui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.function.IntUnaryOperator;
import org.sahelsim.charts.MapCanvas;

/**
 * Paints one colour per cell through an image with one pixel per cell of the crop, scaled onto
 * the canvas with nearest-neighbour sampling: the same cells as {@link MapCanvas#paintCells},
 * at a fraction of the cost, which lets the display redraw every week.
 */
final class CellRaster {
    private BufferedImage image;
    private int[] pixels;

    /**
     * @param g    graphics in canvas pixels
     * @param argb colour of a study-country cell as 0xAARRGGBB; 0 leaves it uncoloured
     */
    void paint(Graphics2D g, MapCanvas canvas, IntUnaryOperator argb) {
        int cols = canvas.cropColumns();
        int rows = canvas.cropRows();
        if (image == null || image.getWidth() != cols || image.getHeight() != rows) {
            image = new BufferedImage(cols, rows, BufferedImage.TYPE_INT_ARGB);
            pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        }
        int width = canvas.map().width;
        int any = 0;
        for (int r = 0; r < rows; r++) {
            int row = (canvas.cropY() + r) * width + canvas.cropX();
            for (int c = 0; c < cols; c++) {
                int cell = row + c;
                int v = canvas.isStudy(cell) ? argb.applyAsInt(cell) : 0;
                pixels[r * cols + c] = v;
                any |= v;
            }
        }
        if (any == 0) {
            return;
        }
        // A scaled blit in device pixels is far cheaper than drawing the image through a transform.
        AffineTransform t = g.getTransform();
        Point2D a = t.transform(new Point2D.Double(0, 0), null);
        Point2D b = t.transform(new Point2D.Double(cols * canvas.cellWidth(), rows * canvas.cellHeight()), null);
        Graphics2D s = (Graphics2D) g.create();
        try {
            s.setTransform(new AffineTransform());
            s.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            s.drawImage(image, (int) Math.round(a.getX()), (int) Math.round(a.getY()), (int) Math.round(b.getX()),
                    (int) Math.round(b.getY()), 0, 0, cols, rows, null);
        } finally {
            s.dispose();
        }
    }
}

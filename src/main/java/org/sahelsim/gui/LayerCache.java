package org.sahelsim.gui;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import org.sahelsim.charts.MapCanvas;

/**
 * Keeps a layer that never changes during a run (borders, rivers, towns) as an image at the
 * display's current zoom, so a redraw is one image copy instead of thousands of strokes and
 * label placements. The image is redrawn when the zoom or the map changes; at zooms where it
 * would exceed {@link #MAX_PIXELS} the layer is drawn directly.
 */
final class LayerCache {
    /** Largest cached image, pixels (about 24 MB). */
    static final long MAX_PIXELS = 6_000_000L;
    private final boolean opaque;
    private BufferedImage image;
    private MapCanvas canvas;
    private double sx;
    private double sy;
    private double fx;
    private double fy;

    /** @param opaque true for a layer that covers every pixel (stored without alpha) */
    LayerCache(boolean opaque) {
        this.opaque = opaque;
    }

    /**
     * @param g        the display's graphics
     * @param toScreen canvas pixels to the graphics' coordinates
     * @param painter  draws the layer in canvas pixels
     */
    void draw(Graphics2D g, AffineTransform toScreen, MapCanvas c, Consumer<Graphics2D> painter) {
        double scaleX = toScreen.getScaleX();
        double scaleY = toScreen.getScaleY();
        int w = (int) Math.ceil(c.widthPx() * scaleX) + 1;
        int h = (int) Math.ceil(c.heightPx() * scaleY) + 1;
        boolean plain = g.getTransform().getType() <= AffineTransform.TYPE_TRANSLATION
                && toScreen.getShearX() == 0 && toScreen.getShearY() == 0;
        if (!plain || (long) w * h > MAX_PIXELS) {
            Graphics2D d = (Graphics2D) g.create();
            d.transform(toScreen);
            painter.accept(d);
            d.dispose();
            return;
        }
        int ox = (int) Math.floor(toScreen.getTranslateX());
        int oy = (int) Math.floor(toScreen.getTranslateY());
        double fracX = toScreen.getTranslateX() - ox;
        double fracY = toScreen.getTranslateY() - oy;
        if (image == null || c != canvas || scaleX != sx || scaleY != sy || fracX != fx || fracY != fy) {
            image = new BufferedImage(w, h, opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
            Graphics2D d = image.createGraphics();
            d.translate(fracX, fracY);
            d.scale(scaleX, scaleY);
            painter.accept(d);
            d.dispose();
            canvas = c;
            sx = scaleX;
            sy = scaleY;
            fx = fracX;
            fy = fracY;
        }
        g.drawImage(image, ox, oy, null);
    }
}

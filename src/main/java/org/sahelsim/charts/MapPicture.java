package org.sahelsim.charts;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.regex.Pattern;
import org.jfree.graphics2d.svg.SVGGraphics2D;

/**
 * A map page ready to be drawn: as an image for PNG, or as SVG, where the cells are embedded as
 * one raster image and borders, rivers, towns, text and legend stay vectors. Pure: drawing it does
 * not touch the file system ({@link ChartExport} writes files).
 */
public final class MapPicture {
    /** Draws the page; {@code vector} is true when the target is SVG. */
    @FunctionalInterface
    interface Painter {
        void paint(Graphics2D g, boolean vector);
    }

    private static final Pattern LONG_DECIMALS = Pattern.compile("(\\d\\.\\d{2})\\d+");

    private final int width;
    private final int height;
    private final Painter painter;

    MapPicture(int width, int height, Painter painter) {
        this.width = width;
        this.height = height;
        this.painter = painter;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The page on an opaque image. */
    public BufferedImage toImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            painter.paint(g, false);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * The page as an SVG {@code <svg>} element.
     *
     * @param idPrefix prefix of every id in the document (see {@link ChartExport#toSvg})
     */
    public String toSvg(String idPrefix) {
        SVGGraphics2D g = ChartExport.svgGraphics(width, height, idPrefix);
        painter.paint(g, true);
        // Town labels are glyph outlines with coordinates of up to 17 digits; cutting them to two
        // decimals (a hundredth of a pixel) shrinks a map to a third. Text and base64 hold no such numbers.
        return LONG_DECIMALS.matcher(g.getSVGElement()).replaceAll("$1");
    }

}

package org.sahelsim.charts;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.jfree.graphics2d.svg.SVGUtils;

/**
 * Writes charts to PNG and SVG files. The chart factories never touch the file system.
 *
 * <p>SVG output is deterministic: the same chart gives the same bytes on every call. JFreeSVG
 * 3.4.4 would otherwise differ from run to run, because it prefixes the ids of clip paths and
 * gradients with {@code System.nanoTime()}; here the prefix comes from the file name (or the
 * caller), which also keeps ids unique when several SVGs are inlined in one HTML page. It would
 * also format coordinates with the default locale's symbols, which in for example Swedish or
 * Finnish writes the minus sign as U+2212 and makes the numbers invalid SVG; coordinates are
 * therefore written with {@link String#valueOf(double)}, which never depends on the locale.
 */
public final class ChartExport {
    /** Default size of exported charts, pixels. */
    public static final int DEFAULT_WIDTH = 1200;
    public static final int DEFAULT_HEIGHT = 700;

    /** A decimal-places setting outside JFreeSVG's 1..10 selects locale-free {@code String.valueOf}. */
    private static final int LOCALE_FREE_NUMBERS = 0;

    private ChartExport() {
    }

    /** The chart drawn on an opaque image of {@code width} × {@code height} pixels. */
    public static BufferedImage toImage(JFreeChart chart, int width, int height) {
        requireSize(width, height);
        return chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null);
    }

    /**
     * Writes the chart as a PNG file, replacing any file of that name; the folder must exist.
     *
     * @param width  image width, pixels, 1 or more
     * @param height image height, pixels, 1 or more
     */
    public static void writePng(JFreeChart chart, Path file, int width, int height) throws IOException {
        ImageExport.writePng(toImage(chart, width, height), file);
    }

    /**
     * The chart as an SVG {@code <svg>} element, {@code width} × {@code height} user units.
     *
     * @param idPrefix prefix of every id in the document; must start with a letter or
     *                 underscore and contain only letters, digits, '-', '_' and '.'
     */
    public static String toSvg(JFreeChart chart, int width, int height, String idPrefix) {
        SVGGraphics2D g = svgGraphics(width, height, idPrefix);
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGElement();
    }

    /** An SVG canvas with deterministic ids and locale-free numbers (see the class notes). */
    static SVGGraphics2D svgGraphics(int width, int height, String idPrefix) {
        requireSize(width, height);
        if (idPrefix == null || !idPrefix.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
            throw new IllegalArgumentException("idPrefix must be an XML name, got \"" + idPrefix + "\"");
        }
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(idPrefix);
        g.setGeometryDP(LOCALE_FREE_NUMBERS);
        g.setTransformDP(LOCALE_FREE_NUMBERS);
        return g;
    }

    /** Writes a map page as a PNG file, replacing any file of that name. */
    public static void writePng(MapPicture map, Path file) throws IOException {
        ImageExport.writePng(map.toImage(), file);
    }

    /** Writes a map page as an SVG file (UTF-8), ids prefixed with the file name. */
    public static void writeSvg(MapPicture map, Path file) throws IOException {
        SVGUtils.writeToSVG(file.toFile(), map.toSvg(idPrefix(file)));
    }

    /**
     * Writes the chart as an SVG file (UTF-8), replacing any file of that name; the folder must
     * exist. Ids are prefixed with the file name, for example {@code "fan-population-"}.
     */
    public static void writeSvg(JFreeChart chart, Path file, int width, int height) throws IOException {
        SVGUtils.writeToSVG(file.toFile(), toSvg(chart, width, height, idPrefix(file)));
    }

    /** An XML-name prefix from the file name without extension: {@code "fan-population-"}. */
    static String idPrefix(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String clean = name.replaceAll("[^A-Za-z0-9_.-]", "_");
        return (clean.matches("[A-Za-z_].*") ? clean : "_" + clean) + "-";
    }

    private static void requireSize(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("size must be at least 1 × 1 pixels, got " + width + " × " + height);
        }
    }
}

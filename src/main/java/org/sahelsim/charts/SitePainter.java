package org.sahelsim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.sahelsim.model.Site;
import org.sahelsim.model.Site.SiteKind;

/**
 * Towns as dots with labels and air bases as small triangles. Labels are placed greedily, the
 * most important sites first, at the first free spot around the dot; a label that fits nowhere
 * is left out rather than drawn over another.
 */
final class SitePainter {
    /** Most important first: capitals, then larger towns; name breaks ties so order is fixed. */
    private static final Comparator<Site> PRIORITY = Comparator.comparing(Site::kind)
            .thenComparing(Comparator.comparingInt(Site::population).reversed())
            .thenComparing(Site::name);

    private SitePainter() {
    }

    static void paint(Graphics2D g, MapGeometry geo) {
        paint(g, geo, s -> true);
    }

    /** Paints the sites that pass {@code include}, for a display that shows kinds of sites as separate layers. */
    static void paint(Graphics2D g, MapGeometry geo, Predicate<Site> include) {
        Rectangle mapArea = new Rectangle(geo.left, geo.top, geo.widthPx(), geo.heightPx());
        List<Site> sites = new ArrayList<>();
        for (Site s : geo.map.sites) {
            if (include.test(s) && mapArea.contains(geo.lonToX(s.lon()), geo.latToY(s.lat()))) {
                sites.add(s);
            }
        }
        sites.sort(PRIORITY);
        List<Rectangle2D> taken = new ArrayList<>();
        for (Site s : sites) {
            taken.add(drawSymbol(g, s, geo.lonToX(s.lon()), geo.latToY(s.lat())));
        }
        for (Site s : sites) {
            if (s.kind() != SiteKind.AIR_BASE) {
                placeLabel(g, s, geo.lonToX(s.lon()), geo.latToY(s.lat()), mapArea, taken);
            }
        }
    }

    /** Draws the site's symbol and returns the area it covers. */
    private static Rectangle2D drawSymbol(Graphics2D g, Site s, double x, double y) {
        Shape shape = symbol(s.kind(), x, y);
        // Capitals are hollow rings, the rest dark marks; each outlined in the opposite colour
        // so it shows on both light and dark faction colours.
        boolean dark = s.kind() == SiteKind.TOWN || s.kind() == SiteKind.AIR_BASE;
        g.setStroke(new BasicStroke(1.2f));
        g.setColor(dark ? MapStyle.TEXT : Color.WHITE);
        g.fill(shape);
        g.setColor(dark ? Color.WHITE : MapStyle.TEXT);
        g.draw(shape);
        if (s.kind() == SiteKind.CAPITAL) {
            g.setColor(MapStyle.TEXT);
            g.fill(new Ellipse2D.Double(x - 2, y - 2, 4, 4));
        }
        return shape.getBounds2D();
    }

    private static Shape symbol(SiteKind kind, double x, double y) {
        return switch (kind) {
            case CAPITAL -> new Ellipse2D.Double(x - 5, y - 5, 10, 10);
            case REGIONAL_CAPITAL -> new Ellipse2D.Double(x - 3.5, y - 3.5, 7, 7);
            case TOWN -> new Ellipse2D.Double(x - 2.8, y - 2.8, 5.6, 5.6);
            case AIR_BASE -> triangle(x, y);
        };
    }

    private static Shape triangle(double x, double y) {
        Path2D.Double t = new Path2D.Double();
        t.moveTo(x, y - 5);
        t.lineTo(x + 4.5, y + 3.5);
        t.lineTo(x - 4.5, y + 3.5);
        t.closePath();
        return t;
    }

    private static void placeLabel(Graphics2D g, Site s, double x, double y, Rectangle area,
                                   List<Rectangle2D> taken) {
        Font font = labelFont(s.kind());
        FontRenderContext frc = g.getFontRenderContext();
        TextLayout layout = new TextLayout(s.name(), font, frc);
        double w = layout.getAdvance();
        double ascent = layout.getAscent();
        double h = ascent + layout.getDescent();
        double gap = s.kind() == SiteKind.CAPITAL ? 8 : 6;
        double[][] origins = {
            {x + gap, y + ascent / 2 - 1}, {x - gap - w, y + ascent / 2 - 1},
            {x - w / 2, y - gap}, {x - w / 2, y + gap + ascent},
        };
        for (double[] o : origins) {
            Rectangle2D box = new Rectangle2D.Double(o[0] - 1, o[1] - ascent - 1, w + 2, h + 2);
            if (area.contains(box) && taken.stream().noneMatch(box::intersects)) {
                taken.add(box);
                drawHaloText(g, layout, o[0], o[1]);
                return;
            }
        }
    }

    private static Font labelFont(SiteKind kind) {
        return switch (kind) {
            case CAPITAL -> MapStyle.CAPITAL_LABEL;
            case REGIONAL_CAPITAL -> MapStyle.REGIONAL_LABEL;
            default -> MapStyle.TOWN_LABEL;
        };
    }

    /** Text with a white halo so that it stays readable on any faction colour. */
    static void drawHaloText(Graphics2D g, TextLayout layout, double x, double y) {
        Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, y));
        g.setColor(MapStyle.HALO);
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.setColor(MapStyle.TEXT);
        g.fill(outline);
    }
}

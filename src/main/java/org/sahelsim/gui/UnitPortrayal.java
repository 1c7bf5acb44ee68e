package org.sahelsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.sahelsim.charts.MapCanvas;
import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.Faction;
import org.sahelsim.model.UnitKind;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimpleInspector;
import sim.portrayal.SimplePortrayal2D;

/**
 * An armed unit as a symbol in its faction's colour: a circle for insurgent bands and katibas,
 * a square for mobile columns, a diamond for garrisons. The area grows with the fighters.
 */
final class UnitPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    /** Symbol width at zoom 1 for 1,000 fighters, pixels; it scales with the square root of the fighters. */
    static final double PX_PER_THOUSAND = 15;
    private static final double MIN_PX = 5;
    private static final double MAX_PX = 30;
    private final transient MapView view;
    /** Screen pixels per canvas pixel in the frame being drawn; MASON rounds the cell sizes it passes. */
    private volatile double zoom = 1;
    private static final BasicStroke OUTLINE = new BasicStroke(1.6f);
    private static final int MAX_SPRITES = 4000;
    /** Symbol images by faction, kind and size; drawing only, so the map's order does not matter. */
    private final transient Map<Long, BufferedImage> sprites = new HashMap<>();

    UnitPortrayal(MapView view) {
        this.view = view;
    }

    /** Symbol width in canvas pixels for a unit of {@code fighters}. */
    static double size(int fighters) {
        return Math.max(MIN_PX, Math.min(MAX_PX, PX_PER_THOUSAND * Math.sqrt(fighters / 1000.0)));
    }

    /** The symbol of a unit kind, {@code d} wide, centred on the origin. */
    static Shape symbol(UnitKind kind, double d) {
        double r = d / 2;
        return switch (kind) {
            case BAND, KATIBA -> new Ellipse2D.Double(-r, -r, d, d);
            case COLUMN -> new Rectangle2D.Double(-r * 0.9, -r * 0.9, d * 0.9, d * 0.9);
            case GARRISON -> diamond(r);
        };
    }

    private static Shape diamond(double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, 0);
        p.lineTo(0, r);
        p.lineTo(-r, 0);
        p.closePath();
        return p;
    }

    /** Called by the unit layer before it draws or hit-tests the units. */
    void setZoom(double zoom) {
        this.zoom = zoom;
    }

    private Shape shapeOf(ArmedUnit u, DrawInfo2D info) {
        Shape s = symbol(u.kind, size(u.fighters) * zoom);
        return AffineTransform.getTranslateInstance(info.draw.x, info.draw.y).createTransformedShape(s);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        ArmedUnit u = (ArmedUnit) object;
        double d = Math.round(size(u.fighters) * zoom * 2) / 2.0;
        if (g.getTransform().getType() <= AffineTransform.TYPE_TRANSLATION) {
            BufferedImage sprite = sprite(u.faction, u.kind, d);
            g.drawImage(sprite, (int) Math.round(info.draw.x - sprite.getWidth() / 2.0),
                    (int) Math.round(info.draw.y - sprite.getHeight() / 2.0), null);
        } else {
            paintSymbol(g, u.faction, shapeOf(u, info));
        }
        if (info.selected) {
            Shape s = shapeOf(u, info);
            g.setColor(Color.RED);
            g.setStroke(new BasicStroke(2.5f));
            g.draw(s);
        }
    }

    /**
     * The symbol drawn once into a small image and reused: hundreds of antialiased shapes per
     * frame would cost more than the rest of the map.
     */
    private BufferedImage sprite(Faction f, UnitKind kind, double d) {
        long key = ((long) f.ordinal() << 40) | ((long) kind.ordinal() << 32) | (long) (d * 2);
        if (sprites.size() > MAX_SPRITES) {
            sprites.clear();
        }
        return sprites.computeIfAbsent(key, k -> {
            int w = (int) Math.ceil(d) + 4;
            BufferedImage img = new BufferedImage(w, w, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            paintSymbol(g, f, AffineTransform.getTranslateInstance(w / 2.0, w / 2.0).createTransformedShape(symbol(kind, d)));
            g.dispose();
            return img;
        });
    }

    private static void paintSymbol(Graphics2D g, Faction f, Shape s) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(MapCanvas.factionColour(f));
        g.fill(s);
        g.setColor(outline(f));
        g.setStroke(OUTLINE);
        g.draw(s);
    }

    /** White around dark symbols, dark around light ones. */
    private static Color outline(Faction f) {
        int r = (f.rgb >> 16) & 0xFF;
        int gr = (f.rgb >> 8) & 0xFF;
        int b = f.rgb & 0xFF;
        return 0.299 * r + 0.587 * gr + 0.114 * b < 140 ? Color.WHITE : new Color(0x1A1A1A);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return shapeOf((ArmedUnit) object, range).intersects(range.clip);
    }

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
        return new SimpleInspector(new UnitProbe((ArmedUnit) wrapper.getObject(), view).readout(), state, "Unit");
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        ArmedUnit u = (ArmedUnit) wrapper.getObject();
        return Labels.shortName(u.faction) + " " + u.kind.name().toLowerCase(Locale.ROOT) + " #" + u.id;
    }
}

package org.sahelsim.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.sahelsim.model.Faction;
import org.sahelsim.model.SahelMap;

/**
 * Draws who controls which cell: a pure factory, map and control data in, image out. Export
 * the image with {@link ImageExport}.
 *
 * <p>Only cells in the study countries (Mali, Burkina Faso, Niger, Nigeria, Benin) are coloured;
 * around them the neighbours and the sea give context in grey.
 */
public final class ControlMapRenderer {
    /** Controller code of a cell nobody controls. */
    public static final byte NOBODY = -1;
    /** Controller code of a contested cell. */
    public static final byte CONTESTED = -2;
    /** Default image width, pixels. */
    public static final int DEFAULT_WIDTH = 1400;

    private static final int ROW = 26;
    private static final int SWATCH = 18;

    private ControlMapRenderer() {
    }

    /** {@link #render(SahelMap, byte[], String, String, int)} at {@link #DEFAULT_WIDTH}. */
    public static BufferedImage render(SahelMap map, byte[] controller, String title, String subtitle) {
        return render(map, controller, title, subtitle, DEFAULT_WIDTH);
    }

    /**
     * Draws the control map.
     *
     * @param map        the grid
     * @param controller per cell: the controlling faction's ordinal, {@link #NOBODY} or {@link #CONTESTED}
     * @param title      e.g. the scenario name; null or empty for none
     * @param subtitle   e.g. date and seed; null or empty for none
     * @param width      image width, pixels (at least about 650); the height follows the map's shape
     */
    public static BufferedImage render(SahelMap map, byte[] controller, String title, String subtitle, int width) {
        validate(map, controller);
        Paint[] factionPaint = new Paint[Faction.count()];
        for (Faction f : Faction.values()) {
            factionPaint[f.ordinal()] = MapStyle.rgb(f.rgb);
        }
        CellFill fill = i -> paintOf(controller[i], factionPaint);
        List<LegendEntry> legend = legend(map, controller);
        return BaseMapPainter.render(map, width, fill, new LegendPanel(legend), title, subtitle);
    }

    /**
     * The legend the map shows: each faction that controls at least one study-country cell, in
     * faction order, then "Contested" and "No control", which are always listed.
     */
    public static List<LegendEntry> legend(SahelMap map, byte[] controller) {
        validate(map, controller);
        boolean[] study = MapGeometry.studyMask(map);
        int[] counts = new int[Faction.count() + 2];
        for (int i = 0; i < controller.length; i++) {
            if (study[i]) {
                counts[slot(controller[i])]++;
            }
        }
        List<LegendEntry> entries = new ArrayList<>();
        for (Faction f : Faction.values()) {
            if (counts[f.ordinal()] > 0) {
                entries.add(new LegendEntry(f.label, f.rgb, LegendEntry.Swatch.SOLID, f, counts[f.ordinal()]));
            }
        }
        entries.add(new LegendEntry("Contested", MapStyle.HATCH_LINE.getRGB() & 0xFFFFFF,
                LegendEntry.Swatch.HATCH, null, counts[slot(CONTESTED)]));
        entries.add(new LegendEntry("No control", MapStyle.STUDY_LAND.getRGB() & 0xFFFFFF,
                LegendEntry.Swatch.SOLID, null, counts[slot(NOBODY)]));
        return List.copyOf(entries);
    }

    /** Index into a count array with one slot per faction, then contested, then nobody. */
    private static int slot(byte code) {
        if (code == CONTESTED) {
            return Faction.count();
        }
        return code == NOBODY ? Faction.count() + 1 : code;
    }

    private static Paint paintOf(byte code, Paint[] factionPaint) {
        if (code == CONTESTED) {
            return MapStyle.CONTESTED;
        }
        return code == NOBODY ? null : factionPaint[code];
    }

    private static void validate(SahelMap map, byte[] controller) {
        if (controller.length != map.cells()) {
            throw new IllegalArgumentException("controller has " + controller.length + " cells, map has "
                    + map.cells());
        }
        for (int i = 0; i < controller.length; i++) {
            if (controller[i] < CONTESTED || controller[i] >= Faction.count()) {
                throw new IllegalArgumentException("controller[" + i + "] = " + controller[i]
                        + ": must be a faction ordinal 0.." + (Faction.count() - 1) + ", -1 (nobody) or -2 (contested)");
            }
        }
    }

    /** The legend: a swatch and a label per entry. */
    private record LegendPanel(List<LegendEntry> entries) implements BaseMapPainter.Panel {
        @Override
        public int height() {
            return 40 + entries.size() * ROW;
        }

        @Override
        public void paint(Graphics2D g, Rectangle area) {
            BaseMapPainter.text(g, "Territorial control", MapStyle.LEGEND_TITLE, MapStyle.TEXT,
                    area.x, area.y + 16, area.width);
            int y = area.y + 36;
            for (LegendEntry e : entries) {
                Paint p = e.swatch() == LegendEntry.Swatch.HATCH ? MapStyle.CONTESTED : new Color(e.rgb());
                MapStyle.swatch(g, p, area.x, y, SWATCH);
                BaseMapPainter.text(g, e.label(), MapStyle.LEGEND, MapStyle.TEXT, area.x + SWATCH + 10,
                        y + SWATCH - 4, area.width - SWATCH - 10);
                y += ROW;
            }
        }
    }
}

package org.sahelsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.charts.LegendEntry;
import org.sahelsim.charts.MapCanvas;
import org.sahelsim.model.Agreement;
import org.sahelsim.model.CeasefireState;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.TruceScope;

/**
 * Ceasefire areas: the outline of the scope of every ceasefire that restrains its parties this week
 * ({@link SahelModel#agreements()} in force or eroding), solid while in force and dashed while it
 * erodes. Outlines only, so the territory underneath keeps its colours. A ceasefire whose scope is
 * everywhere has no outline to draw; the legend lists it as such.
 */
final class CeasefireLayer extends MapLayer {
    static final String NAME = "Ceasefire areas";
    /** Outline colour of a ceasefire in force (also of an eroding one, dashed). */
    static final int IN_FORCE_RGB = 0xD81B60;
    static final int ERODING_RGB = 0xF06EA0;
    private static final BasicStroke SOLID = new BasicStroke(2f);
    private static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {5f, 4f}, 0f);
    /** Outlines by scope (scopes are immutable), for the canvas they were traced on. */
    private final Map<TruceScope, Path2D> outlines = new IdentityHashMap<>();
    private MapCanvas traced;

    CeasefireLayer(MapView view) {
        super(view, NAME, true);
    }

    @Override
    void paint(Graphics2D g, MapCanvas canvas, SahelModel m) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        // Eroding first, so an outline in force on the same edge stays solid.
        for (CeasefireState state : List.of(CeasefireState.ERODING, CeasefireState.IN_FORCE)) {
            for (Agreement a : m.agreements()) {
                if (a.state() != state || a.scope().global()) {
                    continue;
                }
                g.setColor(new Color(state == CeasefireState.IN_FORCE ? IN_FORCE_RGB : ERODING_RGB));
                g.setStroke(state == CeasefireState.IN_FORCE ? SOLID : DASHED);
                g.draw(outlineOf(canvas, m, a));
            }
        }
    }

    private Path2D outlineOf(MapCanvas canvas, SahelModel m, Agreement a) {
        if (traced != canvas || outlines.size() > 64) {
            outlines.clear();
            traced = canvas;
        }
        return outlines.computeIfAbsent(a.scope(), s -> outline(canvas, scope(canvas, m, a)));
    }

    /** Study-country cells of the crop inside the agreement's scope, indexed by crop row and column. */
    private static boolean[] scope(MapCanvas canvas, SahelModel m, Agreement a) {
        int cols = canvas.cropColumns();
        int rows = canvas.cropRows();
        boolean[] in = new boolean[cols * rows];
        int width = m.map.width;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int cell = (canvas.cropY() + r) * width + canvas.cropX() + c;
                in[r * cols + c] = canvas.isStudy(cell) && a.covers(m.map, cell);
            }
        }
        return in;
    }

    /**
     * The edges between cells inside and outside, joined into straight runs (so a dash pattern
     * runs along them), in canvas pixels.
     */
    static Path2D outline(MapCanvas canvas, boolean[] in) {
        int cols = canvas.cropColumns();
        int rows = canvas.cropRows();
        double w = canvas.cellWidth();
        double h = canvas.cellHeight();
        Path2D.Double path = new Path2D.Double();
        for (int r = 0; r <= rows; r++) {
            int start = -1;
            for (int c = 0; c <= cols; c++) {
                boolean edge = c < cols && inside(in, cols, rows, c, r) != inside(in, cols, rows, c, r - 1);
                if (edge && start < 0) {
                    start = c;
                } else if (!edge && start >= 0) {
                    path.moveTo(start * w, r * h);
                    path.lineTo(c * w, r * h);
                    start = -1;
                }
            }
        }
        for (int c = 0; c <= cols; c++) {
            int start = -1;
            for (int r = 0; r <= rows; r++) {
                boolean edge = r < rows && inside(in, cols, rows, c, r) != inside(in, cols, rows, c - 1, r);
                if (edge && start < 0) {
                    start = r;
                } else if (!edge && start >= 0) {
                    path.moveTo(c * w, start * h);
                    path.lineTo(c * w, r * h);
                    start = -1;
                }
            }
        }
        return path;
    }

    private static boolean inside(boolean[] in, int cols, int rows, int c, int r) {
        return c >= 0 && r >= 0 && c < cols && r < rows && in[r * cols + c];
    }

    /** One line per ceasefire in force or eroding: the pair, its state and, for a global one, "everywhere". */
    @Override
    public Legend.Block legend(SahelModel m) {
        List<LegendEntry> entries = new ArrayList<>();
        boolean eroding = false;
        for (Agreement a : m.agreements()) {
            if (!a.state().restrains()) {
                continue;
            }
            boolean inForce = a.state() == CeasefireState.IN_FORCE;
            eroding |= !inForce;
            String label = Labels.shortName(a.a()) + "–" + Labels.shortName(a.b()) + ", " + (inForce ? "in force" : "eroding")
                    + (a.scope().global() ? ", everywhere" : "");
            entries.add(new LegendEntry(label, inForce ? IN_FORCE_RGB : ERODING_RGB, LegendEntry.Swatch.SOLID, null, 0));
        }
        if (entries.isEmpty()) {
            return null;
        }
        if (eroding) {
            entries.add(new LegendEntry("dashed: eroding", 0x9A9A9A, LegendEntry.Swatch.SOLID, null, 0));
        }
        return new Legend.Swatches("Ceasefires", entries, 1);
    }
}

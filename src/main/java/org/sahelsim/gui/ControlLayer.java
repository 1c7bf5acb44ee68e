package org.sahelsim.gui;

import java.awt.Graphics2D;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import org.sahelsim.charts.ControlMapRenderer;
import org.sahelsim.charts.LegendEntry;
import org.sahelsim.charts.MapCanvas;
import org.sahelsim.model.Faction;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Territory;

/** Each cell in its controller's colour; contested cells hatched, as on the run's control maps. */
final class ControlLayer extends MapLayer {
    private final int[] factionArgb = new int[Faction.count()];
    private final CellRaster raster = new CellRaster();

    ControlLayer(MapView view) {
        super(view, "Control by faction (hatched: contested)", true);
        for (Faction f : Faction.values()) {
            factionArgb[f.ordinal()] = MapCanvas.factionColour(f).getRGB();
        }
    }

    @Override
    void paint(Graphics2D g, MapCanvas canvas, SahelModel m) {
        Territory t = m.territory;
        raster.paint(g, canvas, i -> t.controller[i] < 0 || t.contested[i] ? 0 : factionArgb[t.controller[i]]);
        Paint contested = MapCanvas.contestedPaint();
        canvas.paintCells(g, i -> t.contested[i] && t.controller[i] >= 0 ? contested : null);
    }

    /**
     * The factions holding ground now, then contested and uncontrolled, with short names. Cell
     * counts are left out, so the legend stays the same (and cached) until a faction appears or goes.
     */
    @Override
    public Legend.Block legend(SahelModel m) {
        List<LegendEntry> entries = new ArrayList<>();
        for (LegendEntry e : ControlMapRenderer.legend(m.map, m.territory.mapView())) {
            String label = e.faction() == null ? e.label() : Labels.shortName(e.faction());
            entries.add(new LegendEntry(label, e.rgb(), e.swatch(), e.faction(), 0));
        }
        return new Legend.Swatches("Territorial control", entries, 2);
    }
}

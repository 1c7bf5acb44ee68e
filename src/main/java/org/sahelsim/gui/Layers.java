package org.sahelsim.gui;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.charts.ColourRamp;
import org.sahelsim.charts.HeatScale;
import org.sahelsim.charts.MapCanvas;
import org.sahelsim.model.SahelModel;
import sim.portrayal.FieldPortrayal2D;

/**
 * The layers of the map display, bottom to top. Each appears in the display's Layers menu and
 * can be switched on and off. A new layer is one entry here (usually a {@link MapLayer}).
 */
final class Layers {
    /** A portrayal with the name the Layers menu shows and whether it is on at the start. */
    record Entry(FieldPortrayal2D portrayal, String name, boolean shown) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final UnitLayer units;

    Layers(MapView view, RecentViolence violence) {
        ControlLayer control = new ControlLayer(view);
        units = new UnitLayer(view);
        List<Legend.Source> legends = new ArrayList<>();
        add(new LandLayer(view), legends);
        add(control, legends);
        add(new HeatLayer(view, "Population (residents per cell)", population(), false), legends);
        add(new HeatLayer(view, "Grievance (0..1)", grievance(), true), legends);
        add(new HeatLayer(view, "Recent violence (deaths, last " + RecentViolence.WEEKS + " weeks)",
                violence(violence), true), legends);
        add(new DroneCoverageLayer(view), legends);
        add(new DroneWingLayer(view), legends);
        add(new CeasefireLayer(view), legends);
        add(new CorridorLayer(view), legends);
        add(new StaticLayer(view, "Admin-1 borders", true, MapCanvas::paintAdminBorders), legends);
        add(new StaticLayer(view, "Niger and other rivers", true, MapCanvas::paintRivers), legends);
        add(new StaticLayer(view, "Country borders", true, MapCanvas::paintCountryBorders), legends);
        add(new StaticLayer(view, "Towns with labels", true, MapCanvas::paintTowns), legends);
        add(new StaticLayer(view, "Air bases", true, MapCanvas::paintAirBases), legends);
        entries.add(new Entry(units, UnitLayer.NAME, true));
        legends.add(units);
        entries.add(new Entry(new OverlayLayer(view, legends, control), OverlayLayer.NAME, true));
    }

    private void add(MapLayer layer, List<Legend.Source> legends) {
        entries.add(new Entry(layer, layer.name, layer.shownAtStart));
        legends.add(layer);
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Points the unit layer at the new model's unit grid. */
    void bind(SahelModel m) {
        units.setField(m.unitGrid);
    }

    private static HeatLayer.Field population() {
        return new HeatLayer.Simple((map, m, i) -> map.population[i],
                map -> HeatScale.fit("residents", map, map.population, true), 0, "few", "many (log scale)");
    }

    private static HeatLayer.Field grievance() {
        return new HeatLayer.Simple((map, m, i) -> m.grievance.total(i),
                map -> new HeatScale("grievance", 0, 1, false, ColourRamp.VIRIDIS), 0, "0 (none drawn)", "1");
    }

    private static HeatLayer.Field violence(RecentViolence v) {
        return new HeatLayer.Simple((map, m, i) -> v.at(i),
                map -> new HeatScale("deaths", 1, 500, true, ColourRamp.YL_OR_RD), 0, "1", "500+ (log scale)");
    }
}

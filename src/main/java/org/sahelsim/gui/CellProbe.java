package org.sahelsim.gui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Region;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Site;

/** What the inspector shows of a clicked cell; read live from the model. */
final class CellProbe {
    /** Influences below this (fighters) are left out of the list. */
    private static final double SHOWN_INFLUENCE = 0.5;
    private final SahelModel m;
    private final int cell;

    CellProbe(SahelModel m, int cell) {
        this.m = m;
        this.cell = cell;
    }

    /** The cell's properties in reading order, for the inspector. */
    Readout readout() {
        return new Readout(this)
                .add("Location", "centre of the cell", String.class, this::getLocation)
                .add("Country", "ISO 3166-1 code", String.class, this::getCountry)
                .add("Region", "admin-1 region (and province in Burkina Faso)", String.class, this::getRegion)
                .add("Site", "named place in the cell", String.class, this::getSite)
                .add("Population", "residents, 2024 estimate", Long.class, this::getPopulation)
                .add("Controller", "faction holding the cell", String.class, this::getController)
                .add("Contested", "a hostile faction has at least the contest ratio of the leader's influence",
                        Boolean.class, this::isContested)
                .add("Entrenchment", "how firmly the controller holds it, 0..1", Double.class, this::getEntrenchment)
                .add("Influences", "fighters x cohesion / (1 + distance) of the units in reach, per faction",
                        String.class, this::getInfluences)
                .add("Grievance", "0..1; raised by abuses, collateral damage and displacement", Double.class,
                        this::getGrievance)
                .add("Drone suppression", "0..1; share of insurgent movement and attacks suppressed by drone coverage",
                        Double.class, this::getDroneSuppression)
                .add("Units here", "units standing in the cell", String.class, this::getUnits);
    }

    /** Name for the inspector list: the place and the region. */
    String title() {
        Region r = m.map.regionOf(cell);
        return "Cell " + getLocation() + (r == null ? "" : " in " + r.name());
    }

    public String getLocation() {
        return latLon(m.map.lat(cell / m.map.width), m.map.lon(cell % m.map.width));
    }

    public String getCountry() {
        String c = m.map.countryOf(cell);
        return c == null ? "" : c;
    }

    /** Admin-1 region with its ISO 3166-2 code, and the province in Burkina Faso. */
    public String getRegion() {
        Region r = m.map.regionOf(cell);
        Region p = m.map.provinceOf(cell);
        String s = r == null ? "" : r.name() + " (" + r.code() + ")";
        return p == null ? s : s + ", province " + p.name();
    }

    /** Residents (2024 estimate). */
    public long getPopulation() {
        return Math.round(m.map.population[cell]);
    }

    public String getController() {
        Faction f = m.territory.controllerOf(cell);
        return f == null ? "nobody" : f.label;
    }

    public boolean isContested() {
        return m.territory.contested[cell];
    }

    /** Entrenchment of the controller, 0..1. */
    public double getEntrenchment() {
        return round(m.territory.entrenchment[cell], 100);
    }

    /** Influence per faction this week (fighters x cohesion, weighted by distance), strongest first. */
    public String getInfluences() {
        double[] inf = Influence.at(m, cell);
        List<Faction> present = new ArrayList<>();
        for (Faction f : Faction.values()) {
            if (inf[f.ordinal()] >= SHOWN_INFLUENCE) {
                present.add(f);
            }
        }
        present.sort(Comparator.comparingDouble((Faction f) -> -inf[f.ordinal()]).thenComparing(Enum::ordinal));
        List<String> parts = new ArrayList<>();
        for (Faction f : present) {
            parts.add(Labels.shortName(f) + " " + Math.round(inf[f.ordinal()]));
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    /** Grievance felt in the cell, 0..1 (slow level plus short backlash). */
    public double getGrievance() {
        return round(m.grievance.total(cell), 1000);
    }

    /** Drone suppression, 0..1. */
    public double getDroneSuppression() {
        return round(m.suppression[cell], 1000);
    }

    /** The named site in the cell, or "". */
    public String getSite() {
        Site s = m.siteAt[cell];
        return s == null ? "" : s.name() + " (" + s.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
    }

    /** Units standing in the cell. */
    public String getUnits() {
        List<String> parts = new ArrayList<>();
        for (ArmedUnit u : m.units) {
            if (u.alive && m.map.index(u.x, u.y) == cell) {
                parts.add(Labels.shortName(u.faction) + " " + u.kind.name().toLowerCase(Locale.ROOT) + " (" + u.fighters + ")");
            }
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    static String latLon(double lat, double lon) {
        return String.format(Locale.ROOT, "%.2f°%s %.2f°%s", Math.abs(lat), lat >= 0 ? "N" : "S", Math.abs(lon),
                lon >= 0 ? "E" : "W");
    }

    private static double round(double v, double per) {
        return Math.round(v * per) / per;
    }
}

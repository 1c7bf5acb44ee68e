package org.sahelsim.gui;

import java.util.Locale;
import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.Capability;
import org.sahelsim.model.FactionState;
import org.sahelsim.model.SahelModel;

/** What the inspector shows of a clicked unit; read live, so it follows the unit while the model runs. */
final class UnitProbe {
    private final ArmedUnit u;
    private final MapView view;

    UnitProbe(ArmedUnit u, MapView view) {
        this.u = u;
        this.view = view;
    }

    /** The unit's properties in reading order, for the inspector. */
    Readout readout() {
        return new Readout(this)
                .add("Faction", "who the unit fights for", String.class, this::getFaction)
                .add("Kind", "band, katiba, column or garrison", String.class, this::getKind)
                .add("Fighters", "persons", Integer.class, this::getFighters)
                .add("Cohesion", "morale and organisation, 0..1; scales fighting power", Double.class, this::getCohesion)
                .add("Capability", "the faction's attack capability and its strength multiplier", String.class,
                        this::getCapability)
                .add("Orders", "what the unit is trying to do this week", String.class, this::getOrders)
                .add("Location", "where it is", String.class, this::getLocation)
                .add("Destination", "where its orders take it", String.class, this::getDestination)
                .add("Home", "where it was raised; it stays tied to it", String.class, this::getHome)
                .add("Site", "the site a garrison holds", String.class, this::getSite)
                .add("Recent losses", "fighters lost, weighted over about 8 weeks", Double.class, this::getRecentLosses)
                .add("Alive", "false once destroyed or dispersed", Boolean.class, this::isAlive);
    }

    public String getFaction() {
        return u.faction.label;
    }

    public String getKind() {
        return u.kind.name().toLowerCase(Locale.ROOT);
    }

    public int getFighters() {
        return u.fighters;
    }

    /** Cohesion, 0..1. */
    public double getCohesion() {
        return Math.round(u.cohesion * 1000) / 1000.0;
    }

    /** The faction's attack capability and the strength multiplier it gives. */
    public String getCapability() {
        SahelModel m = view.model();
        if (m == null) {
            return "";
        }
        FactionState s = m.state(u.faction);
        Capability c = s.capability;
        return c.name().toLowerCase(Locale.ROOT).replace('_', '-') + " (x" + m.config.combat().multiplier(c) + ")";
    }

    public String getOrders() {
        return u.orders.name().toLowerCase(Locale.ROOT);
    }

    public String getDestination() {
        return where(u.targetX, u.targetY);
    }

    public String getLocation() {
        return where(u.x, u.y);
    }

    public String getHome() {
        return where(u.homeX, u.homeY);
    }

    /** The site a garrison holds, or "". */
    public String getSite() {
        return u.site == null ? "" : u.site;
    }

    /** Fighters lost recently (8-week weighted). */
    public double getRecentLosses() {
        return Math.round(u.recentLosses * 10) / 10.0;
    }

    public boolean isAlive() {
        return u.alive;
    }

    private String where(int x, int y) {
        SahelModel m = view.model();
        return m == null ? "" : CellProbe.latLon(m.map.lat(y), m.map.lon(x));
    }
}

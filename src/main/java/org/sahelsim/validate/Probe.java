package org.sahelsim.validate;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.Capability;
import org.sahelsim.model.ClashEvent;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Indicator;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Site;
import org.sahelsim.model.Territory;

/**
 * Reads one running model after each simulated week and keeps only what the patterns need
 * ({@link Series}), so a batch never holds whole runs.
 */
public final class Probe {
    private final Places places;
    private final ValidationInputs inputs;
    private final LocalDate[] dates;
    private final Map<Series, double[]> weekly = new EnumMap<>(Series.class);
    private final int[] theatreIndex;
    private final double[] regionEvents;
    private final boolean[] inBelt;
    private final EventSizes deaths = new EventSizes();
    private int week;

    /** A probe for a started model that will run {@code weeks} weeks. */
    public Probe(SahelModel m, Places places, ValidationInputs inputs, int weeks) {
        this.places = places;
        this.inputs = inputs;
        this.dates = new LocalDate[weeks];
        for (Series s : Series.values()) {
            if (recorded(s)) {
                weekly.put(s, new double[weeks]);
            }
        }
        theatreIndex = new int[m.map.regions.size()];
        Arrays.fill(theatreIndex, -1);
        for (int k = 0; k < places.theatre().length; k++) {
            theatreIndex[places.theatre()[k]] = k;
        }
        regionEvents = new double[places.theatre().length];
        inBelt = new boolean[m.map.cells()];
        for (int c : places.belt()) {
            inBelt[c] = true;
        }
    }

    private boolean recorded(Series s) {
        return switch (s) {
            case ISSP_JNIM_TRUCE -> inputs.truces() != null;
            case CORRIDOR_CONNECTED -> inputs.corridorRule();
            case ISSP_COMPLEX_RAID -> inputs.capabilityRule();
            default -> true;
        };
    }

    /** Records the week the model has just simulated. */
    public void observe(SahelModel m) {
        if (week >= dates.length) {
            throw new IllegalStateException("probe sized for " + dates.length + " weeks");
        }
        dates[week] = m.lastStats.date();
        put(Series.JNIM_FIGHTERS, m.lastStats.fighters()[Faction.JNIM.ordinal()]);
        put(Series.ISSP_FIGHTERS, m.lastStats.fighters()[Faction.ISSP.ordinal()]);
        put(Series.ISWAP_FIGHTERS, m.lastStats.fighters()[Faction.ISWAP.ordinal()]);
        put(Series.JNIM_POPULATION, m.lastStats.controlledPopulation()[Faction.JNIM.ordinal()]);
        put(Series.ISSP_POPULATION, m.lastStats.controlledPopulation()[Faction.ISSP.ordinal()]);
        for (ClashEvent e : m.weekEvents) {
            event(m, e);
        }
        territory(m);
        rules(m);
        week++;
    }

    private void event(SahelModel m, ClashEvent e) {
        add(Series.JNIM_EVENTS, e.attacker() == Faction.JNIM || e.defender() == Faction.JNIM ? 1 : 0);
        add(Series.ISSP_EVENTS, e.attacker() == Faction.ISSP || e.defender() == Faction.ISSP ? 1 : 0);
        if (isspJnim(e)) {
            add(Series.ISSP_JNIM_CLASHES, 1);
            add(Series.ISSP_JNIM_CLASHES_NEAR_BOTH, nearBoth(m, e.cell()) ? 1 : 0);
        }
        Site site = m.siteAt[e.cell()];
        if (e.type() == ClashEvent.Type.RAID && e.attacker() == Faction.ISSP && site != null
                && site.kind() == Site.SiteKind.AIR_BASE) {
            add(Series.ISSP_AIR_BASE_RAIDS, 1);
        }
        int country = m.studyCountry[e.cell()];
        if (country >= 0) {
            add(Series.EVENTS_BY_COUNTRY[country], 1);
        }
        int region = m.map.admin1[e.cell()];
        if (region >= 0 && theatreIndex[region] >= 0) {
            regionEvents[theatreIndex[region]]++;
        }
        deaths.add(e.deaths());
    }

    private static boolean isspJnim(ClashEvent e) {
        return (e.attacker() == Faction.ISSP && e.defender() == Faction.JNIM)
                || (e.attacker() == Faction.JNIM && e.defender() == Faction.ISSP);
    }

    /** True when cells of both ISSP and JNIM lie within {@code nearCells} of the cell. */
    private boolean nearBoth(SahelModel m, int cell) {
        int r = places.nearCells();
        int x0 = cell % m.map.width;
        int y0 = cell / m.map.width;
        boolean issp = false;
        boolean jnim = false;
        for (int y = y0 - r; y <= y0 + r && !(issp && jnim); y++) {
            for (int x = x0 - r; x <= x0 + r; x++) {
                if (m.map.inBounds(x, y)) {
                    byte c = m.territory.controller[m.map.index(x, y)];
                    issp |= c == Faction.ISSP.ordinal();
                    jnim |= c == Faction.JNIM.ordinal();
                }
            }
        }
        return issp && jnim;
    }

    private void territory(SahelModel m) {
        Territory t = m.territory;
        put(Series.MENAKA_ISSP_SHARE, share(t, places.menakaRegion(), Faction.ISSP));
        Faction town = t.controllerOf(places.menakaTown());
        put(Series.MENAKA_TOWN_PRO_GOVERNMENT, town != null && town.isProGovernment() ? 1 : 0);
        put(Series.BELT_JNIM_SHARE, share(t, places.belt(), Faction.JNIM));
        put(Series.BELT_IS_PRESENT, isPresentInBelt(m) ? 1 : 0);
        put(Series.BENIN_JNIM_CELLS, count(t, places.northBenin(), Faction.JNIM));
        put(Series.BENIN_ISSP_CELLS, count(t, places.northBenin(), Faction.ISSP));
    }

    private boolean isPresentInBelt(SahelModel m) {
        if (count(m.territory, places.belt(), Faction.ISSP) + count(m.territory, places.belt(), Faction.ISWAP) > 0) {
            return true;
        }
        for (ArmedUnit u : m.units) {
            if (u.alive && (u.faction == Faction.ISSP || u.faction == Faction.ISWAP) && inBelt[m.map.index(u.x, u.y)]) {
                return true;
            }
        }
        return false;
    }

    private void rules(SahelModel m) {
        if (inputs.truces() != null) {
            put(Series.ISSP_JNIM_TRUCE, inputs.truces().inForce(m, Faction.ISSP, Faction.JNIM) ? 1 : 0);
        }
        if (inputs.corridorRule()) {
            put(Series.CORRIDOR_CONNECTED, m.indicators.get(Indicator.CORRIDOR_CONNECTED, Faction.ISSP) > 0.5 ? 1 : 0);
        }
        if (inputs.capabilityRule()) {
            put(Series.ISSP_COMPLEX_RAID, m.state(Faction.ISSP).capability.atLeast(Capability.COMPLEX_RAID) ? 1 : 0);
        }
    }

    private static int count(Territory t, int[] cells, Faction f) {
        int n = 0;
        for (int c : cells) {
            if (t.controller[c] == f.ordinal()) {
                n++;
            }
        }
        return n;
    }

    private static double share(Territory t, int[] cells, Faction f) {
        return cells.length == 0 ? 0 : count(t, cells, f) / (double) cells.length;
    }

    private void put(Series s, double v) {
        weekly.get(s)[week] = v;
    }

    private void add(Series s, double v) {
        weekly.get(s)[week] += v;
    }

    /** The observations of the weeks recorded so far. */
    public RunObservations finish(int replicate, long seed) {
        Map<Series, double[]> out = new EnumMap<>(Series.class);
        weekly.forEach((s, v) -> out.put(s, Arrays.copyOf(v, week)));
        return new RunObservations(replicate, seed, Arrays.copyOf(dates, week), out, regionEvents,
                deaths.toArray());
    }

    /** A growing list of event sizes (deaths of events with at least one death). */
    private static final class EventSizes {
        private int[] values = new int[256];
        private int n;

        void add(int deaths) {
            if (deaths < 1) {
                return;
            }
            if (n == values.length) {
                values = Arrays.copyOf(values, 2 * n);
            }
            values[n++] = deaths;
        }

        int[] toArray() {
            return Arrays.copyOf(values, n);
        }
    }
}

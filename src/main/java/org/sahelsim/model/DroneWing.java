package org.sahelsim.model;

import ec.util.MersenneTwisterFast;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sahelsim.model.config.DroneParams;
import org.sahelsim.model.config.WingSetup;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A drone wing: the aircraft of one owner flying from one base (docs/odd/submodels/drone-pressure.md).
 * Its weekly step, run by the drone phase, puts it into or out of service, brings in replacement
 * aircraft, repairs a destroyed control station and sets the sorties flown and the share of its
 * patrol disc they keep under watch. Detection and strikes are applied by the drone phase.
 */
public final class DroneWing implements Steppable {
    private static final long serialVersionUID = 1L;
    /** Kilometres per degree of latitude (mean Earth radius 6371 km). */
    public static final double KM_PER_DEGREE = 111.195;

    public final WingSetup setup;
    /** Name of the site the wing flies from. */
    public String base;
    public double baseLon;
    public double baseLat;
    /** Aircraft the wing should have: its initial aircraft plus deliveries. */
    public int establishment;
    /** Aircraft available, 0..establishment. */
    public int aircraft;
    /** Week from which a destroyed control station works again; no sorties before it. */
    public int stationDownUntil = -1;
    /** Week the next replacement aircraft arrives, or -1 when none is due. */
    public int replacementDue = -1;
    /** Flying this week: in its service window, and its owner present and operating drones. */
    public boolean active;
    /** Sorties flown this week. */
    public int sorties;
    /** Strikes the wing can still make this week (one per sortie). */
    public int strikesLeft;
    /** Share of the patrol disc under watch this week, 0..1. */
    public double coverage;
    /** Cells whose centre lies in the patrol disc, computed when first needed and after a move. */
    private transient int[] disc;
    private int minX;
    private int maxX;
    private int minY;
    private int maxY;

    DroneWing(WingSetup setup, Site base) {
        this.setup = setup;
        this.establishment = setup.aircraft();
        this.aircraft = setup.aircraft();
        moveTo(base);
    }

    /** The wings of the scenario, in file order. */
    static List<DroneWing> build(SahelMap map, DroneParams p) {
        List<DroneWing> out = new ArrayList<>();
        for (WingSetup w : p.wings()) {
            Site s = map.site(w.base());
            if (s == null) {
                throw new IllegalArgumentException("drones.wings: unknown base site '" + w.base() + "' of wing '" + w.name() + "'");
            }
            out.add(new DroneWing(w, s));
        }
        return out;
    }

    /** Intelligence sharing per faction ordinal at the start, from {@code drones.intelSharing}. */
    static double[] initialSharing(DroneParams p) {
        double[] out = new double[Faction.count()];
        for (Faction f : Faction.values()) {
            out[f.ordinal()] = p.sharing(f);
        }
        return out;
    }

    public Faction owner() {
        return setup.owner();
    }

    public String name() {
        return setup.name();
    }

    /** Bases the wing at another site. */
    public void moveTo(Site s) {
        base = s.name();
        baseLon = s.lon();
        baseLat = s.lat();
        disc = null;
    }

    /** Aircraft delivered: the establishment and the available aircraft grow. */
    public void deliver(int n) {
        establishment += n;
        aircraft += n;
    }

    /** Whether the wing flies in the week starting {@code date}. */
    public boolean inService(SahelModel m, LocalDate date) {
        FactionState o = m.state(owner());
        LocalDate weekEnd = date.plusDays(7);
        return o.enabled && o.drones && (setup.start() == null || setup.start().isBefore(weekEnd))
                && (setup.end() == null || setup.end().isAfter(date));
    }

    /** ISR quality after intelligence sharing: {@code min(1, isrQuality · (1 + sharingGain · sharing))}. */
    public double isr(SahelModel m) {
        return Math.min(1.0, setup.isrQuality() * (1 + m.config.drones().sharingGain() * m.intelSharing[owner().ordinal()]));
    }

    /** Distance in km from the base to (lon, lat), equirectangular with the mean latitude. */
    public double distanceKm(double lon, double lat) {
        double dx = (lon - baseLon) * Math.cos(Math.toRadians((lat + baseLat) / 2));
        double dy = lat - baseLat;
        return KM_PER_DEGREE * Math.sqrt(dx * dx + dy * dy);
    }

    /** Whether the centre of cell (x, y) lies inside the patrol disc. */
    public boolean covers(SahelMap map, int x, int y) {
        discCells(map);
        return x >= minX && x <= maxX && y >= minY && y <= maxY
                && distanceKm(map.lon(x), map.lat(y)) <= setup.rangeKm();
    }

    /** Indices of the cells whose centre lies in the patrol disc (cached until the wing moves). */
    public int[] discCells(SahelMap map) {
        if (disc == null) {
            disc = computeDisc(map);
        }
        return disc;
    }

    /** Scans the disc's bounding box (wide enough at its poleward edge) for cells within range. */
    private int[] computeDisc(SahelMap map) {
        double dLat = setup.rangeKm() / KM_PER_DEGREE;
        double dLon = dLat / Math.cos(Math.toRadians(Math.min(89, Math.abs(baseLat) + dLat)));
        minX = Math.max(0, map.x(baseLon - dLon));
        maxX = Math.min(map.width - 1, map.x(baseLon + dLon));
        minY = Math.max(0, map.y(baseLat + dLat));
        maxY = Math.min(map.height - 1, map.y(baseLat - dLat));
        int[] cells = new int[Math.max(0, (maxX - minX + 1) * (maxY - minY + 1))];
        int n = 0;
        for (int y = minY; y <= maxY; y++) {
            for (int x = minX; x <= maxX; x++) {
                if (distanceKm(map.lon(x), map.lat(y)) <= setup.rangeKm()) {
                    cells[n++] = map.index(x, y);
                }
            }
        }
        return java.util.Arrays.copyOf(cells, n);
    }

    /** Weekly step: service, replacements, station repair, sorties and coverage. */
    @Override
    public void step(SimState state) {
        SahelModel m = (SahelModel) state;
        DroneParams p = m.config.drones();
        active = inService(m, m.date());
        sorties = 0;
        coverage = 0;
        strikesLeft = 0;
        if (!active) {
            return;
        }
        replenish(m.week(), p.replacementWeeks());
        double tempo = stationDown(m.week()) ? 0 : aircraft * setup.sortiesPerAircraft();
        sorties = roundRandom(m.random, tempo);
        strikesLeft = sorties;
        // Coverage follows the wing's regular tempo, not the week's rounding: being watched is a
        // standing risk, and a steady coverage spares repainting the map every week.
        coverage = coverage(tempo, p.areaPerSortieKm2(), setup.rangeKm());
    }

    /** Share of a disc of radius {@code rangeKm} watched by {@code sorties} a week: {@code min(1, sorties · area / (π r²))}. */
    public static double coverage(double sorties, double areaPerSortieKm2, double rangeKm) {
        return Math.min(1.0, sorties * areaPerSortieKm2 / (Math.PI * rangeKm * rangeKm));
    }

    private void replenish(int week, int replacementWeeks) {
        if (aircraft >= establishment) {
            replacementDue = -1;
            return;
        }
        if (replacementDue < 0) {
            replacementDue = week + replacementWeeks;
        } else if (week >= replacementDue) {
            aircraft++;
            replacementDue = aircraft < establishment ? week + replacementWeeks : -1;
        }
    }

    /**
     * A raid on the base: each aircraft is destroyed with probability {@code raidAircraftLoss}, the
     * control station with probability {@code raidStationLoss}. Returns the aircraft destroyed.
     */
    public int raid(MersenneTwisterFast random, DroneParams p, int week) {
        int lost = 0;
        for (int k = 0; k < aircraft; k++) {
            if (random.nextBoolean(p.raidAircraftLoss())) {
                lost++;
            }
        }
        aircraft -= lost;
        if (random.nextBoolean(p.raidStationLoss())) {
            stationDownUntil = week + p.stationRepairWeeks();
        }
        return lost;
    }

    /** Whether the control station is out of action in {@code week}. */
    public boolean stationDown(int week) {
        return week < stationDownUntil;
    }

    private static int roundRandom(MersenneTwisterFast random, double x) {
        int whole = (int) x;
        return whole + (random.nextBoolean(x - whole) ? 1 : 0);
    }

    @Override
    public String toString() {
        return name() + " (" + owner() + ", " + base + ")";
    }
}

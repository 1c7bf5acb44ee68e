package org.sahelsim.rules;

import java.util.Arrays;
import org.sahelsim.model.Capability;
import org.sahelsim.model.DroneWing;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Indicator;
import org.sahelsim.model.Phases;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Site;
import org.sahelsim.model.Submodel;
import org.sahelsim.model.config.DroneParams;

/**
 * Drone phase (docs/odd/submodels/drone-pressure.md). Each wing takes its weekly step (service,
 * replacements, station repair, sorties); the coverage of the wings sets the anticipatory
 * suppression of insurgent attacks and movement per cell (Mir and Moore 2019); then units inside
 * coverage may be detected and struck ({@link DroneStrikes}). Raids on drone bases are reported by
 * combat through {@link #baseRaided}.
 */
public final class DronePressure implements Submodel {
    private final DroneStrikes strikes = new DroneStrikes();
    /** Combined coverage per cell; non-zero only in the cells listed in {@link #touched}. */
    private float[] coverage;
    private int[] touched;
    private int touchedCount;
    private double[] painted;

    @Override
    public int phase() {
        return Phases.DRONES;
    }

    @Override
    public void reset(SahelModel m) {
        coverage = new float[m.map.cells()];
        touched = new int[m.map.cells()];
        touchedCount = 0;
        painted = null;
    }

    @Override
    public void apply(SahelModel m) {
        boolean flying = false;
        for (DroneWing w : m.wings) {
            w.step(m);
            m.indicators.add(Indicator.SORTIES, w.owner(), w.sorties);
            flying |= w.sorties > 0;
        }
        recordAircraft(m);
        if (coverageChanged(m)) {
            paint(m);
        }
        if (flying) {
            strikes.apply(m);
        }
    }

    private boolean coverageChanged(SahelModel m) {
        double[] now = new double[m.wings.size()];
        for (int k = 0; k < now.length; k++) {
            now[k] = m.wings.get(k).coverage;
        }
        if (Arrays.equals(now, painted)) {
            return false;
        }
        painted = now;
        return true;
    }

    /**
     * Rebuilds the combined coverage, {@code 1 − Π (1 − c_w)} over the wings whose disc holds the
     * cell, and the suppression fields: {@code attackSuppression · coverage} and
     * {@code moveSuppression · coverage}. Only the cells of the discs are visited.
     */
    private void paint(SahelModel m) {
        for (int k = 0; k < touchedCount; k++) {
            int i = touched[k];
            coverage[i] = 0f;
            m.suppression[i] = 0f;
            m.moveSuppression[i] = 0f;
        }
        touchedCount = 0;
        for (DroneWing w : m.wings) {
            if (w.coverage > 0) {
                paintWing(m.map, w);
            }
        }
        DroneParams p = m.config.drones();
        for (int k = 0; k < touchedCount; k++) {
            int i = touched[k];
            m.suppression[i] = (float) (p.attackSuppression() * coverage[i]);
            m.moveSuppression[i] = (float) (p.moveSuppression() * coverage[i]);
        }
    }

    /** Folds one wing's coverage ({@code > 0}) into every cell of its patrol disc. */
    private void paintWing(SahelMap map, DroneWing w) {
        float keep = (float) (1 - w.coverage);
        for (int i : w.discCells(map)) {
            if (coverage[i] == 0f) {
                touched[touchedCount++] = i;
            }
            coverage[i] = 1f - (1f - coverage[i]) * keep;
        }
    }

    /** Combined drone coverage of a cell this week, 0..1 (read by tests and the GUI). */
    public double coverage(int cell) {
        return coverage[cell];
    }

    /** Sets the AIRCRAFT indicator: available aircraft in each owner's wings in service. */
    static void recordAircraft(SahelModel m) {
        for (Faction f : Faction.values()) {
            m.indicators.set(Indicator.AIRCRAFT, f, 0);
        }
        for (DroneWing w : m.wings) {
            if (w.active) {
                m.indicators.add(Indicator.AIRCRAFT, w.owner(), w.aircraft);
            }
        }
    }

    /**
     * A raid on a garrison at {@code site} (called by combat). Raiders with the complex-raid
     * capability damage every wing in service based there ({@link DroneWing#raid}); the raid then
     * counts as a raid on a drone base for the raider.
     */
    public static void baseRaided(SahelModel m, Faction raider, Site site) {
        if (!m.state(raider).capability.atLeast(Capability.COMPLEX_RAID)) {
            return;
        }
        boolean droneBase = false;
        for (DroneWing w : m.wings) {
            if (w.active && w.base.equals(site.name())) {
                droneBase = true;
                boolean wasDown = w.stationDown(m.week());
                int lost = w.raid(m.random, m.config.drones(), m.week());
                m.log("base-raided", raider, site.name() + ": " + lost + " aircraft of " + w.name() + " destroyed"
                        + (!wasDown && w.stationDown(m.week()) ? ", control station destroyed" : ""));
            }
        }
        if (droneBase) {
            m.indicators.add(Indicator.BASES_RAIDED, raider, 1);
            recordAircraft(m);
        }
    }
}

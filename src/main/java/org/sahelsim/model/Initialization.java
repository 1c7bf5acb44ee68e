package org.sahelsim.model;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.model.config.ForceSetup;
import org.sahelsim.model.config.GarrisonParams;

/**
 * Places the initial forces (ODD "Initialization"): automatic national garrisons at the sites of
 * each enabled state, then the scenario's force blocks by region or site.
 */
public final class Initialization {
    private Initialization() {
    }

    static void populate(SahelModel m) {
        placeGarrisons(m);
        for (ForceSetup f : m.config.forces()) {
            if (m.state(f.faction()).enabled) {
                placeForce(m, f);
            }
        }
    }

    private static void placeGarrisons(SahelModel m) {
        GarrisonParams g = m.config.garrisons();
        if (!g.auto()) {
            return;
        }
        for (Site s : m.map.sites) {
            Faction state = stateOf(m, s);
            if (state == null || !m.state(state).enabled) {
                continue;
            }
            int size = switch (s.kind()) {
                case CAPITAL -> g.capital();
                case REGIONAL_CAPITAL -> g.regionalCapital();
                case TOWN -> g.town();
                case AIR_BASE -> g.airBase();
            };
            if (size > 0) {
                ArmedUnit u = m.addUnit(state, UnitKind.GARRISON, size, 0.8, m.map.x(s.lon()), m.map.y(s.lat()));
                u.site = s.name();
            }
        }
    }

    /** The national army of the country a site lies in, or null outside the study countries. */
    static Faction stateOf(SahelModel m, Site s) {
        int x = m.map.x(s.lon());
        int y = m.map.y(s.lat());
        if (!m.map.inBounds(x, y)) {
            return null;
        }
        String iso = m.map.countryOf(m.map.index(x, y));
        for (Faction f : Faction.values()) {
            if (f.kind == Faction.Kind.STATE && f.country.equals(iso)) {
                return f;
            }
        }
        return null;
    }

    /**
     * Places a block of forces: at the site's cell, or spread over the region's passable cells with
     * probability proportional to sqrt(1 + population) (bands live among rural people, not in cities).
     */
    public static void placeForce(SahelModel m, ForceSetup f) {
        int base = f.fighters() / f.units();
        int extra = f.fighters() % f.units();
        int[] cells = f.site() != null ? siteCell(m, f.site()) : regionCells(m, f.region());
        double[] cumulative = weights(m, cells);
        for (int k = 0; k < f.units(); k++) {
            int cell = cells[pick(m, cumulative)];
            ArmedUnit u = m.addUnit(f.faction(), f.kind(), base + (k < extra ? 1 : 0), f.cohesion(),
                    cell % m.map.width, cell / m.map.width);
            if (f.site() != null) {
                u.site = f.site();
            }
        }
    }

    private static int[] siteCell(SahelModel m, String name) {
        Site s = m.map.site(name);
        if (s == null) {
            throw new IllegalArgumentException("unknown site '" + name + "'");
        }
        return new int[] {m.map.index(m.map.x(s.lon()), m.map.y(s.lat()))};
    }

    /** Passable land cells of an admin-1 region (or BF province). */
    public static int[] regionCells(SahelModel m, String code) {
        int r = m.map.regionIndex(code);
        if (r < 0) {
            throw new IllegalArgumentException("unknown region '" + code + "'");
        }
        boolean province = m.map.regions.get(r).isProvince();
        short[] layer = province ? m.map.province : m.map.admin1;
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < layer.length; i++) {
            if (layer[i] == r && m.passable(i)) {
                out.add(i);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("region '" + code + "' has no land cell in the study countries");
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double[] weights(SahelModel m, int[] cells) {
        double[] c = new double[cells.length];
        double sum = 0;
        for (int k = 0; k < cells.length; k++) {
            sum += Math.sqrt(1 + m.map.population[cells[k]]);
            c[k] = sum;
        }
        return c;
    }

    private static int pick(SahelModel m, double[] cumulative) {
        double r = m.random.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < r) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

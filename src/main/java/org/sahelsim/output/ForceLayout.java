package org.sahelsim.output;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Region;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.SahelModel;

/**
 * Rows of {@code forces.csv}: in the first simulated week of every calendar quarter, the living
 * units of each faction grouped by home region (where the unit was raised, which its leash refers
 * to), current region and kind, with their number and fighters. It shows where a group's strength
 * sits and how far its bands have moved from home, which the yearly control shares cannot.
 */
final class ForceLayout {
    private int lastQuarter = Integer.MIN_VALUE;

    /**
     * Writes the rows of the week just simulated (numbered and dated as in {@code timeseries.csv})
     * if it opens a quarter not yet recorded.
     */
    void week(SahelModel m, CsvWriter out, RunKey key) throws IOException {
        LocalDate d = m.lastStats.date();
        int quarter = d.getYear() * 4 + (d.getMonthValue() - 1) / 3;
        if (quarter == lastQuarter) {
            return;
        }
        lastQuarter = quarter;
        Map<Group, int[]> groups = new TreeMap<>();
        SahelMap map = m.map;
        for (ArmedUnit u : m.units) {
            if (!u.alive) {
                continue;
            }
            Group g = new Group(u.faction.ordinal(), code(map.regionOf(map.index(u.homeX, u.homeY))),
                    code(map.regionOf(map.index(u.x, u.y))), u.kind.name().toLowerCase(Locale.ROOT));
            int[] v = groups.computeIfAbsent(g, k -> new int[2]);
            v[0]++;
            v[1] += u.fighters;
        }
        for (Map.Entry<Group, int[]> e : groups.entrySet()) {
            Group g = e.getKey();
            out.row(key, m.lastStats.week(), d, Faction.values()[g.faction].name(), g.home, g.region, g.kind,
                    e.getValue()[0], e.getValue()[1]);
        }
    }

    private static String code(Region r) {
        return r == null ? "" : r.code();
    }

    /** Ordered by faction (declaration order), then home region, region and kind. */
    private record Group(int faction, String home, String region, String kind) implements Comparable<Group> {
        @Override
        public int compareTo(Group o) {
            int c = Integer.compare(faction, o.faction);
            c = c != 0 ? c : home.compareTo(o.home);
            c = c != 0 ? c : region.compareTo(o.region);
            return c != 0 ? c : kind.compareTo(o.kind);
        }
    }
}

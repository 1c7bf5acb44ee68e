package org.sahelsim.model;

import java.util.List;

/**
 * A jihadist group's base area (docs/odd/submodels/movement.md, "base area"): the admin-1 regions
 * the scenario names for it, or else the regions where its mobile units hold at least
 * {@code movement.baseShare} of its fighters once the initial forces are placed (always including
 * the region holding the most). Pro-government factions have none.
 */
public final class BaseArea {
    private BaseArea() {
    }

    /**
     * The base of {@code f} as a mask over {@link SahelMap#regions}: the named regions, or the
     * regions holding at least {@code share} of the group's fighters at the start plus the one
     * holding the most (the first in map order on a tie); all false for a faction that is not a
     * jihadist group or has no fighters on land.
     */
    public static boolean[] of(SahelMap map, List<ArmedUnit> units, Faction f, List<String> named, double share) {
        boolean[] mask = new boolean[map.regions.size()];
        if (!f.isJihadist()) {
            return mask;
        }
        if (!named.isEmpty()) {
            for (String code : named) {
                int k = map.regionIndex(code);
                if (k < 0) {
                    throw new IllegalArgumentException("unknown region '" + code + "' in the base of " + f);
                }
                mask[k] = true;
            }
            return mask;
        }
        long[] fighters = new long[map.regions.size()];
        for (ArmedUnit u : units) {
            int region = map.admin1[map.index(u.x, u.y)];
            if (u.alive && u.faction == f && u.isMobile() && region >= 0) {
                fighters[region] += u.fighters;
            }
        }
        long total = 0;
        int best = -1;
        for (int k = 0; k < fighters.length; k++) {
            total += fighters[k];
            if (fighters[k] > 0 && (best < 0 || fighters[k] > fighters[best])) {
                best = k;
            }
        }
        for (int k = 0; k < fighters.length; k++) {
            mask[k] = k == best || (total > 0 && fighters[k] >= share * total);
        }
        return mask;
    }

    /** Whether {@code cell} lies in the base {@code mask}, by its admin-1 region or its province. */
    public static boolean contains(SahelMap map, boolean[] mask, int cell) {
        int region = map.admin1[cell];
        int province = map.province[cell];
        return (region >= 0 && mask[region]) || (province >= 0 && mask[province]);
    }
}

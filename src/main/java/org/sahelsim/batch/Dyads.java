package org.sahelsim.batch;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.model.Faction;

/**
 * The sides of the clashes-by-dyad series: each jihadist group on its own, state and foreign forces
 * together, militias together. A dyad is an unordered pair of sides; who attacked does not matter.
 */
final class Dyads {
    static final String STATE = "State forces";
    static final String MILITIAS = "Militias";
    private static final List<String> SIDES = List.of(Faction.ISSP.name(), Faction.JNIM.name(), Faction.ISWAP.name(),
            STATE, MILITIAS);
    /** Every unordered pair of sides, a side with itself included, in a fixed order. */
    static final List<String> NAMES = names();

    private Dyads() {
    }

    static int count() {
        return NAMES.size();
    }

    /** Index in {@link #NAMES} of the dyad of two factions. */
    static int of(Faction a, Faction b) {
        int i = side(a);
        int j = side(b);
        int lo = Math.min(i, j);
        int hi = Math.max(i, j);
        return lo * SIDES.size() - lo * (lo - 1) / 2 + (hi - lo);
    }

    private static int side(Faction f) {
        return switch (f.kind) {
            case JIHADIST -> SIDES.indexOf(f.name());
            case STATE, FOREIGN -> 3;
            case MILITIA -> 4;
        };
    }

    private static List<String> names() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < SIDES.size(); i++) {
            for (int j = i; j < SIDES.size(); j++) {
                out.add(SIDES.get(i) + "–" + SIDES.get(j));
            }
        }
        return List.copyOf(out);
    }
}

package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.model.CeasefireState;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Pact;
import org.sahelsim.model.SahelMap;

/**
 * Which pacts cover each ordered pair of factions, for the fast questions combat and decisions ask
 * many times a week. Immutable; rebuilt by the ceasefire submodel whenever a state or scope changes.
 */
final class TruceTable {
    private static final int N = Faction.count();
    private final SahelMap map;
    private final Pact[][] forbidding = new Pact[N * N][];
    private final Pact[][] restraining = new Pact[N * N][];
    private final boolean[] redeploy = new boolean[N];

    TruceTable(SahelMap map, List<Pact> pacts) {
        this.map = map;
        List<List<Pact>> forbid = new ArrayList<>();
        List<List<Pact>> restrain = new ArrayList<>();
        for (int k = 0; k < N * N; k++) {
            forbid.add(new ArrayList<>());
            restrain.add(new ArrayList<>());
        }
        for (Pact pact : pacts) {
            if (pact.state.restrains()) {
                register(pact, restrain, pact.state == CeasefireState.IN_FORCE ? forbid : null);
            }
        }
        for (int k = 0; k < N * N; k++) {
            forbidding[k] = forbid.get(k).isEmpty() ? null : forbid.get(k).toArray(new Pact[0]);
            restraining[k] = restrain.get(k).isEmpty() ? null : restrain.get(k).toArray(new Pact[0]);
        }
    }

    private void register(Pact pact, List<List<Pact>> restrain, List<List<Pact>> forbid) {
        for (int f = 0; f < N; f++) {
            if ((pact.sideA & (1 << f)) == 0) {
                continue;
            }
            redeploy[f] = true;
            for (int g = 0; g < N; g++) {
                if ((pact.sideB & (1 << g)) == 0) {
                    continue;
                }
                redeploy[g] = true;
                for (int key : new int[] {f * N + g, g * N + f}) {
                    restrain.get(key).add(pact);
                    if (forbid != null) {
                        forbid.get(key).add(pact);
                    }
                }
            }
        }
    }

    /** A ceasefire in force between a and b covers the cell. */
    boolean forbids(Faction a, Faction b, int cell) {
        return covered(forbidding[a.ordinal() * N + b.ordinal()], cell);
    }

    /** A ceasefire in force or eroding between a and b covers the cell. */
    boolean restrains(Faction a, Faction b, int cell) {
        return covered(restraining[a.ordinal() * N + b.ordinal()], cell);
    }

    /** f is bound by a ceasefire in force or eroding. */
    boolean redeploying(Faction f) {
        return redeploy[f.ordinal()];
    }

    private boolean covered(Pact[] pacts, int cell) {
        if (pacts == null) {
            return false;
        }
        for (Pact pact : pacts) {
            if (pact.scope.contains(map, cell)) {
                return true;
            }
        }
        return false;
    }
}

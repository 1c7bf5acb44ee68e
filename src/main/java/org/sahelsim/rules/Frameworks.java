package org.sahelsim.rules;

import java.util.List;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.TruceScope;
import org.sahelsim.model.config.CeasefireFramework;

/**
 * The scenario's agreement frameworks during a run: which are active, and whether one lends
 * mediation, monitoring or a guarantor to a ceasefire whose scope reaches into its regions.
 */
final class Frameworks {
    /** Terms a framework can lend. */
    static final int MEDIATION = 0;
    static final int MONITORING = 1;
    static final int GUARANTOR = 2;
    private final List<CeasefireFramework> list;
    private final boolean[][] mask;
    private final boolean[] active;

    Frameworks(SahelMap map, List<CeasefireFramework> list) {
        this.list = list;
        mask = new boolean[list.size()][];
        active = new boolean[list.size()];
        for (int k = 0; k < list.size(); k++) {
            mask[k] = TruceScope.regionMask(map, list.get(k).regions());
            active[k] = list.get(k).active();
        }
    }

    /**
     * Whether an active framework reaching into the scope (or, when it is null, into the regions
     * flagged in {@code regions}) lends the term.
     */
    boolean lends(TruceScope scope, boolean[] regions, int term) {
        for (int k = 0; k < mask.length; k++) {
            CeasefireFramework f = list.get(k);
            boolean lends = term == MEDIATION ? f.mediation() : term == MONITORING ? f.monitoring() : f.guarantor();
            if (lends && active[k] && (scope != null ? scope.overlaps(mask[k]) : overlap(regions, mask[k]))) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlap(boolean[] a, boolean[] b) {
        for (int k = 0; k < a.length; k++) {
            if (a[k] && b[k]) {
                return true;
            }
        }
        return false;
    }

    /** Switches a framework by name; false when there is none of that name. */
    boolean set(String name, boolean on) {
        boolean found = false;
        for (int k = 0; k < list.size(); k++) {
            if (list.get(k).name().equals(name)) {
                active[k] = on;
                found = true;
            }
        }
        return found;
    }
}

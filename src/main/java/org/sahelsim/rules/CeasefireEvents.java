package org.sahelsim.rules;

import java.util.List;
import org.sahelsim.model.CeasefireState;
import org.sahelsim.model.Pact;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.TruceScope;
import org.sahelsim.model.config.CeasefireEnd;
import org.sahelsim.model.config.CeasefireEvent;
import org.sahelsim.model.config.CeasefireForbid;
import org.sahelsim.model.config.CeasefireForce;
import org.sahelsim.model.config.CeasefireTalks;
import org.sahelsim.model.config.SetFramework;
import org.sahelsim.model.config.TimelineEvent;

/**
 * The scenario's dated ceasefire events (docs/odd/submodels/ceasefire.md, "scenario control"),
 * applied to the ceasefire submodel in the events phase, so that they hold from that week's combat.
 */
final class CeasefireEvents {
    private CeasefireEvents() {
    }

    /** True when the event is one of the ceasefire events this class applies. */
    static boolean handles(TimelineEvent e) {
        return e instanceof CeasefireEvent || e instanceof SetFramework;
    }

    /** Applies the event; without the ceasefire submodel in the run it has no effect. */
    static void apply(SahelModel m, TimelineEvent e) {
        if (!(m.truces instanceof Ceasefire c)) {
            return;
        }
        if (e instanceof SetFramework f) {
            if (!c.setFramework(f.name(), f.active())) {
                throw new IllegalArgumentException("set-framework: no framework named '" + f.name() + "' in ceasefires.frameworks");
            }
            return;
        }
        CeasefireEvent ce = (CeasefireEvent) e;
        Pact pact = c.track(ce.a(), ce.b(), false);
        if (e instanceof CeasefireTalks t) {
            talks(m, c, pact, t);
        } else if (e instanceof CeasefireForce f) {
            force(m, c, pact, f);
        } else if (e instanceof CeasefireEnd) {
            end(m, c, pact, "ended by the scenario");
        } else if (e instanceof CeasefireForbid f) {
            pact.forbidden = f.forbidden();
            if (f.forbidden()) {
                end(m, c, pact, "forbidden by the scenario");
            }
        }
        c.rebuild();
    }

    private static void talks(SahelModel m, Ceasefire c, Pact pact, CeasefireTalks t) {
        if (pact.forbidden || pact.state.restrains() || pact.state == CeasefireState.TALKS) {
            return;
        }
        pact.mediation |= t.mediation();
        rescope(m, c, pact, t.regions(), t.site(), t.radiusCells());
        c.enter(m, pact, CeasefireState.TALKS, "scheduled by the scenario");
    }

    private static void force(SahelModel m, Ceasefire c, Pact pact, CeasefireForce f) {
        pact.forbidden = false;
        pact.monitoring |= f.monitoring();
        pact.guarantor |= f.guarantor();
        rescope(m, c, pact, f.regions(), f.site(), f.radiusCells());
        c.enter(m, pact, CeasefireState.IN_FORCE, "forced by the scenario");
    }

    private static void end(SahelModel m, Ceasefire c, Pact pact, String why) {
        if (pact.state == CeasefireState.TALKS || pact.state.restrains()) {
            c.enter(m, pact, CeasefireState.BROKEN, why);
        }
    }

    /** An event's own scope when it gives one; else the declared one; else everywhere. */
    private static void rescope(SahelModel m, Ceasefire c, Pact pact, List<String> regions, String site, int radius) {
        boolean given = !regions.isEmpty() || site != null;
        if (given) {
            c.setScope(m, pact, TruceScope.of(m.map, regions, site, radius));
        } else if (!pact.declared) {
            c.setScope(m, pact, TruceScope.everywhere());
        } else {
            c.setScope(m, pact, pact.scope);
        }
    }
}

package org.sahelsim.validate;

import java.util.Map;

/**
 * The observations and the counterfactual arm that depend on rules the model does not have yet.
 * Each criterion that needs one is reported as not evaluable while it is missing, never as
 * passing or failing (docs/odd/calibration.md).
 *
 * @param truces         ISSP-JNIM truce state, from the ceasefire submodel (P3 truce), or null
 * @param corridorRule   true once a rule writes {@code Indicator.CORRIDOR_CONNECTED} on the ISSP row
 *                       (P5 corridor)
 * @param capabilityRule true once a rule lets a faction's capability change during a run (P5
 *                       complex-raid capability and air-base raid)
 * @param interdiction   scenario overrides (dotted path to value) that interdict the ISSP-ISWAP
 *                       corridor from 2022, for P5's counterfactual arm, or null
 */
public record ValidationInputs(TruceObserver truces, boolean corridorRule, boolean capabilityRule,
                               Map<String, String> interdiction) {

    public ValidationInputs {
        interdiction = interdiction == null ? null : Map.copyOf(interdiction);
    }

    /**
     * What the current rule set provides: none of them. When the ceasefire, corridor and
     * capability rules are merged, this is where they are declared.
     */
    public static ValidationInputs current() {
        return new ValidationInputs(null, false, false, null);
    }

    /** True when the counterfactual arm can be run. */
    public boolean hasInterdiction() {
        return interdiction != null;
    }
}

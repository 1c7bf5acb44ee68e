package org.sahelsim.validate;

import java.util.Map;
import org.sahelsim.model.SahelModel;

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
     * What the standard rule set provides: the ceasefire submodel's truce state
     * ({@link SahelModel#truceInForce}), the corridor indicator and capability written by
     * {@code SkillTransfer}, and the counterfactual arm that interdicts the corridor from
     * 1 January 2022 ({@code corridor.interdictFrom}).
     */
    public static ValidationInputs current() {
        return new ValidationInputs(SahelModel::truceInForce, true, true, INTERDICTION);
    }

    /** The P5 counterfactual: the ISSP-ISWAP corridor interdicted from 2022 (MODELING.md, P5). */
    public static final Map<String, String> INTERDICTION = Map.of("corridor.interdictFrom", "2022-01-01");

    /** True when the counterfactual arm can be run. */
    public boolean hasInterdiction() {
        return interdiction != null;
    }
}

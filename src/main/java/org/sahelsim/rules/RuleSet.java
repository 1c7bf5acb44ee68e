package org.sahelsim.rules;

import java.util.List;
import org.sahelsim.model.Submodel;

/**
 * The rule submodels that fill the schedule's drone, economy, recruitment and ceasefire slots
 * (docs/odd/03-process-overview-scheduling.md). The core phases are always present.
 */
public final class RuleSet {
    private RuleSet() {
    }

    /** The full rule set used by runs, batches, validation and the GUI. */
    public static List<Submodel> standard() {
        return List.of(new DronePressure(), new SkillTransfer(), new Economy(), new Recruitment(), new Ceasefire());
    }
}

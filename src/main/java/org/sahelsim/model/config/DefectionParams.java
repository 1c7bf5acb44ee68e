package org.sahelsim.model.config;

import org.sahelsim.model.Param;

/** Parameters of the defection rule (docs/odd/submodels/defection.md), key {@code recruitment.defection}. */
public record DefectionParams(
        @Param(def = "0.003", min = 0, max = 1, unit = "1/week",
                doc = "weekly defection hazard of a unit in contact with a rival, before the multipliers",
                source = "brief: occasional commander defections (JNIM to ISSP, Burkina Faso, Feb 2026); calibrated to be rare") double rate,
        @Param(def = "0.9", min = 0, max = 1, doc = "share of the hazard removed by full commander autonomy",
                source = "brief: JNIM's autonomy for local commanders has so far prevented large-scale defections") double autonomyProtection,
        @Param(def = "2", min = 0, max = 20, doc = "hazard multiplier per unit of grievance against the own leadership",
                source = "assumption: commanders blame the leadership for losses and unpaid fighters") double grievanceWeight,
        @Param(def = "0.1", min = 0, max = 1, doc = "chance that a defection takes the whole unit rather than a commander and entourage",
                source = "brief: a commander left with his bodyguard (Feb 2026); a unit that had defected from JNIM to ISSP tried to settle in Benin (2022)") double wholeUnitShare,
        @Param(def = "3", min = 0, max = 100, unit = "fighters", doc = "mean entourage leaving with a defecting commander",
                source = "brief: 'he left with his bodyguard' (Feb 2026)") double entourageMean,
        @Param(def = "0.2", min = 0, max = 1, doc = "cohesion lost by a unit whose commander defects",
                source = "assumption") double cohesionShock) {
}

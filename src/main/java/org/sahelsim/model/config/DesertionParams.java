package org.sahelsim.model.config;

import org.sahelsim.model.Param;

/** Parameters of the desertion rule (docs/odd/submodels/desertion.md), key {@code recruitment.desertion}. */
public record DesertionParams(
        @Param(def = "0.0015", min = 0, max = 1, unit = "1/week", doc = "weekly desertion rate of a fighter in quiet times",
                source = "assumption: about 7.5% of fighters leave a year without heavy losses") double base,
        @Param(def = "0.1", min = 0, max = 10, unit = "1/week", doc = "added weekly rate per share of the unit lost recently, above the threshold",
                source = "assumption; issue: fighters desert under sustained losses") double lossWeight,
        @Param(def = "0.1", min = 0, max = 1, doc = "share of the unit lost recently below which losses cause no extra desertion",
                source = "assumption: one bad fight is not sustained losses") double lossThreshold,
        @Param(def = "0.02", min = 0, max = 1, unit = "1/week", doc = "added weekly rate when no upkeep is paid (scaled by the unpaid share)",
                source = "assumption: unpaid fighters go home") double unpaidWeight) {
}

package org.sahelsim.model.config;

import org.sahelsim.model.Param;

/**
 * National-army garrisons placed automatically at the sites of each study country whose state
 * faction is enabled. Sizes are per garrison.
 */
public record GarrisonParams(
        @Param(def = "true", doc = "place garrisons automatically") boolean auto,
        @Param(def = "1500", min = 0, max = 20000, unit = "soldiers", doc = "garrison of a national capital",
                source = "assumption: FAMa ~18,000 (2020, modelling guide §3) spread over ~25 sites") int capital,
        @Param(def = "300", min = 0, max = 5000, unit = "soldiers", doc = "garrison of a regional capital",
                source = "assumption: as above") int regionalCapital,
        @Param(def = "150", min = 0, max = 5000, unit = "soldiers", doc = "garrison of another named town",
                source = "assumption: as above") int town,
        @Param(def = "400", min = 0, max = 5000, unit = "soldiers", doc = "garrison of an air base",
                source = "assumption: as above") int airBase) {
}

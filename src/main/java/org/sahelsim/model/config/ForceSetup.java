package org.sahelsim.model.config;

import org.sahelsim.model.Faction;
import org.sahelsim.model.Param;
import org.sahelsim.model.UnitKind;

/**
 * A block of initial forces placed in an admin-1 region, or at a named site.
 *
 * @param faction  owner
 * @param region   ISO 3166-2 code of the admin-1 region (e.g. ML-9); null when {@code site} is set
 * @param site     name of a site (e.g. "Ménaka"); null when {@code region} is set
 * @param fighters fighters in the block, split evenly over {@code units}
 * @param units    number of units
 * @param kind     unit kind
 * @param cohesion initial cohesion, 0..1
 */
public record ForceSetup(
        @Param(doc = "owner faction") Faction faction,
        @Param(nullable = true, doc = "admin-1 region code where the units start") String region,
        @Param(nullable = true, doc = "site where the units start") String site,
        @Param(min = 1, max = 100000, unit = "fighters", doc = "fighters in the block",
                source = "scenario; calibration ranges in the modelling guide §3") int fighters,
        @Param(def = "1", min = 1, max = 500, unit = "units", doc = "number of units the block is split into",
                source = "assumption: bands of 50-300 fighters") int units,
        @Param(def = "band", doc = "kind of the units") UnitKind kind,
        @Param(def = "0.8", min = 0.05, max = 1, doc = "initial cohesion", source = "assumption") double cohesion) {

    public ForceSetup {
        if ((region == null) == (site == null)) {
            throw new IllegalArgumentException("forces: give exactly one of 'region' or 'site' for " + faction);
        }
    }
}

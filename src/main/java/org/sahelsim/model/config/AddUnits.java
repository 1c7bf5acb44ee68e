package org.sahelsim.model.config;

import java.time.LocalDate;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Param;
import org.sahelsim.model.UnitKind;

/** Adds units, e.g. the arrival of Wagner or a French surge. */
public record AddUnits(
        @Param(doc = "date of arrival") LocalDate date,
        @Param(doc = "owner faction") Faction faction,
        @Param(nullable = true, doc = "admin-1 region code") String region,
        @Param(nullable = true, doc = "site name") String site,
        @Param(min = 1, max = 100000, unit = "fighters", doc = "fighters added") int fighters,
        @Param(def = "1", min = 1, max = 500, unit = "units", doc = "number of units") int units,
        @Param(def = "column", doc = "unit kind") UnitKind kind) implements TimelineEvent {

    public AddUnits {
        if ((region == null) == (site == null)) {
            throw new IllegalArgumentException("add-units: give exactly one of 'region' or 'site' for " + faction);
        }
    }

    /** The same block as initial forces, so placement code is shared. */
    public ForceSetup asForce() {
        return new ForceSetup(faction, region, site, fighters, units, kind, 0.8);
    }

    @Override
    public String describe() {
        return fighters + " " + faction + " fighters arrive in " + (region != null ? region : site);
    }
}

package org.sahelsim.model.config;

import java.util.List;
import org.sahelsim.model.Capability;
import org.sahelsim.model.Param;

/**
 * Initial state of one faction.
 *
 * @param enabled    whether the faction's forces are present at the start
 * @param treasury   money available, million USD
 * @param capability highest attack capability at the start
 * @param leadership quality and cohesion of the top leadership, 0..1
 * @param groupAgeYears years since the group (or its direct predecessor) was founded
 * @param drones     whether the faction operates armed drones
 * @param commanderAutonomy how much initiative local commanders keep, 0..1 (recruitment: defection)
 * @param ransomPolicy      whether the group kidnaps for ransom (economy)
 * @param base              admin-1 regions of a jihadist group's base area (movement); empty: the
 *                          regions holding at least movement.baseShare of its fighters at the
 *                          start, and the one holding the most
 */
public record FactionSetup(
        @Param(def = "true", doc = "faction's forces present at the start",
                source = "scenario") boolean enabled,
        @Param(def = "0", min = 0, max = 1000, unit = "million USD", doc = "treasury at the start",
                source = "assumption: order of magnitude from the brief's ransom figure (>= $50M, 2025)") double treasury,
        @Param(def = "small-arms", doc = "highest attack capability at the start",
                source = "brief: capability timeline") Capability capability,
        @Param(def = "0.5", min = 0, max = 1, doc = "leadership quality; scales cohesion recovery",
                source = "assumption: relative scale") double leadership,
        @Param(def = "10", min = 0, max = 80, unit = "years", doc = "age of the group",
                source = "brief (ISGS 2015, JNIM 2017) and Price 2012 (decapitation depends on age)") double groupAgeYears,
        @Param(def = "false", doc = "operates armed drones", source = "brief: TB2 fleets of the juntas") boolean drones,
        @Param(def = "0.5", min = 0, max = 1, doc = "autonomy local commanders keep; protects against defection",
                source = "brief: JNIM commanders' autonomy has so far prevented large-scale defections to ISSP") double commanderAutonomy,
        @Param(def = "false", doc = "kidnaps for ransom",
                source = "brief: JNIM ransom of at least $50M for one hostage (2025); ISSP kidnappings in Niger") boolean ransomPolicy,
        @Param(doc = "admin-1 regions of a jihadist group's base area; empty = the regions holding at least movement.baseShare of its fighters at the start",
                source = "Kalyvas 2006, Staniland 2014: insurgents hold a base area among their social base; modelling guide: ISSP's sanctuary in rural Ménaka") List<String> base) {

    public FactionSetup {
        base = List.copyOf(base);
    }

    /** Setup used for a faction the scenario does not mention. */
    public static FactionSetup defaults() {
        return new FactionSetup(true, 0, Capability.SMALL_ARMS, 0.5, 10, false, 0.5, false, List.of());
    }
}

package org.sahelsim.model.config;

import java.util.List;
import org.sahelsim.model.CeasefireState;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Param;

/**
 * A ceasefire the scenario declares between two factions: where it applies (regions, or a site and
 * radius; everywhere when neither is given), its terms, its state at the start, or a ban on it.
 */
public record CeasefireSetup(
        @Param(doc = "first party") Faction a,
        @Param(doc = "second party") Faction b,
        @Param(doc = "region codes of the scope (admin-1, or Burkina Faso provinces)") List<String> regions,
        @Param(nullable = true, doc = "site at the centre of the scope") String site,
        @Param(def = "5", min = 0, max = 100, unit = "cells", doc = "Chebyshev radius around the site",
                source = "assumption: a town and its surroundings") int radiusCells,
        @Param(def = "none", doc = "state at the start", source = "scenario") CeasefireState state,
        @Param(def = "false", doc = "talks are mediated", source = "scenario") boolean mediation,
        @Param(def = "false", doc = "the ceasefire is monitored", source = "scenario") boolean monitoring,
        @Param(def = "false", doc = "a third party guarantees it", source = "scenario") boolean guarantor,
        @Param(def = "false", doc = "no talks and no ceasefire between the pair", source = "scenario") boolean forbidden) {

    public CeasefireSetup {
        if (a == b) {
            throw new IllegalArgumentException("a ceasefire needs two different factions, got " + a + " twice");
        }
        regions = List.copyOf(regions);
        if (forbidden && state != CeasefireState.NONE) {
            throw new IllegalArgumentException(a + "-" + b + ": a forbidden ceasefire cannot start in state " + state.label());
        }
    }

    boolean samePair(CeasefireSetup o) {
        return (a == o.a && b == o.b) || (a == o.b && b == o.a);
    }
}

package org.sahelsim.model.config;

import java.time.LocalDate;
import java.util.List;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Param;

/**
 * Opens talks between two factions (unless a ban is in place), optionally with a mediator and a
 * scope; without a scope the declared agreement's applies, or everywhere.
 */
public record CeasefireTalks(
        @Param(doc = "date talks open") LocalDate date,
        @Param(doc = "first party") Faction a,
        @Param(doc = "second party") Faction b,
        @Param(doc = "region codes of the scope") List<String> regions,
        @Param(nullable = true, doc = "site at the centre of the scope") String site,
        @Param(def = "5", min = 0, max = 100, unit = "cells", doc = "Chebyshev radius around the site",
                source = "assumption: a town and its surroundings") int radiusCells,
        @Param(def = "false", doc = "a mediator takes part", source = "scenario") boolean mediation) implements TimelineEvent, CeasefireEvent {

    public CeasefireTalks {
        CeasefireEvent.checkPair("ceasefire-talks", a, b);
        regions = List.copyOf(regions);
    }

    @Override
    public String describe() {
        return a + "-" + b + " ceasefire talks scheduled" + (mediation ? " with mediation" : "");
    }
}

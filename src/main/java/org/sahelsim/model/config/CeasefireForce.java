package org.sahelsim.model.config;

import java.time.LocalDate;
import java.util.List;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Param;

/**
 * Puts a ceasefire in force between two factions from its date, lifting any ban; without a scope the
 * declared agreement's applies, or everywhere.
 */
public record CeasefireForce(
        @Param(doc = "date the ceasefire takes effect") LocalDate date,
        @Param(doc = "first party") Faction a,
        @Param(doc = "second party") Faction b,
        @Param(doc = "region codes of the scope") List<String> regions,
        @Param(nullable = true, doc = "site at the centre of the scope") String site,
        @Param(def = "5", min = 0, max = 100, unit = "cells", doc = "Chebyshev radius around the site",
                source = "assumption: a town and its surroundings") int radiusCells,
        @Param(def = "false", doc = "the ceasefire is monitored", source = "scenario") boolean monitoring,
        @Param(def = "false", doc = "a third party guarantees it", source = "scenario") boolean guarantor) implements TimelineEvent, CeasefireEvent {

    public CeasefireForce {
        CeasefireEvent.checkPair("ceasefire-force", a, b);
        regions = List.copyOf(regions);
    }

    @Override
    public String describe() {
        return a + "-" + b + " ceasefire put in force";
    }
}

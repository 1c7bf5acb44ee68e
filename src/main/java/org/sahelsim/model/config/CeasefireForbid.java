package org.sahelsim.model.config;

import java.time.LocalDate;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Param;

/**
 * Forbids (or allows again) talks and ceasefires between two factions; forbidding also ends talks
 * or a ceasefire in progress.
 */
public record CeasefireForbid(
        @Param(doc = "date of the ban") LocalDate date,
        @Param(doc = "first party") Faction a,
        @Param(doc = "second party") Faction b,
        @Param(def = "true", doc = "true forbids, false lifts the ban", source = "scenario") boolean forbidden) implements TimelineEvent, CeasefireEvent {

    public CeasefireForbid {
        CeasefireEvent.checkPair("ceasefire-forbid", a, b);
    }

    @Override
    public String describe() {
        return a + "-" + b + " ceasefire " + (forbidden ? "forbidden" : "allowed again");
    }
}

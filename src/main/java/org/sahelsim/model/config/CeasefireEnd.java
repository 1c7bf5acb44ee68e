package org.sahelsim.model.config;

import java.time.LocalDate;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Param;

/** Ends the talks or ceasefire between two factions: it is broken from this date. */
public record CeasefireEnd(
        @Param(doc = "date of the end") LocalDate date,
        @Param(doc = "first party") Faction a,
        @Param(doc = "second party") Faction b) implements TimelineEvent, CeasefireEvent {

    public CeasefireEnd {
        CeasefireEvent.checkPair("ceasefire-end", a, b);
    }

    @Override
    public String describe() {
        return a + "-" + b + " ceasefire ended";
    }
}

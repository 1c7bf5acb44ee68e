package org.sahelsim.model.config;

import java.time.LocalDate;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Param;

/** Moves everything based at one site (garrisons and, with drone rules, wings) to another site. */
public record MoveBase(
        @Param(doc = "date of the move") LocalDate date,
        @Param(doc = "site the base leaves") String from,
        @Param(doc = "site the base moves to") String to,
        @Param(nullable = true, doc = "only this faction's assets; all when absent") Faction faction) implements TimelineEvent {

    @Override
    public String describe() {
        return "base moves from " + from + " to " + to + (faction == null ? "" : " (" + faction + ")");
    }
}

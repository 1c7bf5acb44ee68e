package org.sahelsim.model.config;

import java.time.LocalDate;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Param;

/** Changes foreign intelligence sharing with a wing owner (or with every faction), e.g. when Western ISR leaves. */
public record SetIntelSharing(
        @Param(doc = "date of the change") LocalDate date,
        @Param(nullable = true, doc = "faction whose wings are concerned; all factions when absent") Faction faction,
        @Param(min = 0, max = 1, doc = "new level of sharing, 0 none .. 1 full",
                source = "scenario") double level) implements TimelineEvent {

    @Override
    public String describe() {
        return "intelligence sharing " + (faction == null ? "with every faction" : "with " + faction) + " now " + level;
    }
}

package org.sahelsim.model.config;

import java.time.LocalDate;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Param;
import org.sahelsim.model.Stance;

/** Changes the stance between two factions (both ways), e.g. a coup ending an alliance. */
public record SetStance(
        @Param(doc = "date of the change") LocalDate date,
        @Param(doc = "first faction") Faction a,
        @Param(doc = "second faction") Faction b,
        @Param(doc = "new stance") Stance stance) implements TimelineEvent {

    @Override
    public String describe() {
        return a + "-" + b + " now " + stance.name().toLowerCase(java.util.Locale.ROOT);
    }
}

package org.sahelsim.model.config;

import java.time.LocalDate;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Param;

/**
 * The top leader of a group is killed (e.g. al-Sahrawi, Aug 2021): the decapitation lottery runs
 * for the group. The event states the death, not its outcome.
 */
public record LeaderKilled(
        @Param(doc = "date of the death") LocalDate date,
        @Param(doc = "group whose leader is killed") Faction faction,
        @Param(nullable = true, doc = "name of the leader, for the log") String leader) implements TimelineEvent {

    @Override
    public String describe() {
        return (leader == null ? "leader" : leader) + " of " + faction + " killed";
    }
}

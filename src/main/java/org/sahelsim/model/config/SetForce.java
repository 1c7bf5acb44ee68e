package org.sahelsim.model.config;

import java.time.LocalDate;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Param;

/**
 * Switches a force on or off. Switching off removes the faction's units (in {@code country} only,
 * when given); switching on lets later {@link AddUnits} events and garrisons take effect.
 */
public record SetForce(
        @Param(doc = "date of the change") LocalDate date,
        @Param(doc = "faction concerned") Faction faction,
        @Param(doc = "true to switch on, false to withdraw") boolean enabled,
        @Param(nullable = true, doc = "ISO-3 country the withdrawal is limited to") String country) implements TimelineEvent {

    @Override
    public String describe() {
        return faction + (enabled ? " switched on" : " withdrawn") + (country == null ? "" : " in " + country);
    }
}

package org.sahelsim.model.config;

import java.time.LocalDate;
import org.sahelsim.model.Param;

/** A delivery of aircraft to a drone wing: its establishment and its available aircraft grow. */
public record AddAircraft(
        @Param(doc = "date of the delivery") LocalDate date,
        @Param(doc = "name of the wing (drones.wings)") String wing,
        @Param(min = 1, max = 200, unit = "aircraft", doc = "aircraft delivered",
                source = "scenario: delivery records") int aircraft) implements TimelineEvent {

    @Override
    public String describe() {
        return aircraft + " aircraft delivered to " + wing;
    }
}

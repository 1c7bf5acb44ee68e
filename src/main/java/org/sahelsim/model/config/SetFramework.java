package org.sahelsim.model.config;

import java.time.LocalDate;
import org.sahelsim.model.Param;

/** Switches an agreement framework of the ceasefire block on or off (e.g. the Algiers Accord voided). */
public record SetFramework(
        @Param(doc = "date of the change") LocalDate date,
        @Param(doc = "name of a framework in ceasefires.frameworks") String name,
        @Param(doc = "true: active, false: voided") boolean active) implements TimelineEvent {

    @Override
    public String describe() {
        return "framework " + name + (active ? " active" : " voided");
    }
}

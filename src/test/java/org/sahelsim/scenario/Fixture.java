package org.sahelsim.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Param;

/**
 * A small record tree standing in for the real scenario records: every supported component type
 * appears once, so the loader and schema tests exercise all of them.
 */
final class Fixture {

    private Fixture() {
    }

    enum Weapon { SMALL_ARMS, ARTILLERY, DRONE_STRIKE }

    record Scenario(
            @Param(doc = "Scenario name") String name,
            @Param(doc = "First simulated day") LocalDate start,
            @Param(min = 1, max = 520, def = "52", unit = "weeks", doc = "Run length") int weeks,
            @Param(def = "42", doc = "Random seed", source = "assumption: any fixed seed") long seed,
            @Param(nullable = true, doc = "Free-text note") String note,
            Drones drones,
            Combat combat,
            Map<Faction, FactionSetup> factions,
            List<Event> events,
            @Param(min = 0, max = 1, doc = "Shares of something") List<Double> shares,
            @Param(min = 0, doc = "Counts by label") Map<String, Integer> labels,
            @Param(nullable = true) Drones reserve) {
    }

    record Drones(
            @Param(min = 0, max = 100, def = "2", unit = "sorties/week", doc = "Sorties flown per week")
            int sortiesPerWeek,
            @Param(min = 0, def = "300", unit = "km", doc = "Operational radius") double rangeKm,
            List<String> aircraft) {
    }

    record Combat(
            @Param(min = 0, max = 1, doc = "Share of engaged fighters lost per clash") double lethality,
            @Param(def = "small-arms", doc = "Dominant weapon") Weapon weapon,
            @Param(def = "true", doc = "Whether losers retreat") boolean retreat) {
    }

    record FactionSetup(
            @Param(min = 0, unit = "million USD", doc = "Starting treasury") double treasury,
            @Param(min = 0, def = "100", unit = "fighters") int fighters) {
    }

    sealed interface Event permits AddUnits, Ceasefire {
    }

    record AddUnits(LocalDate date, Faction faction, @Param(min = 1, max = 5000) int count) implements Event {
    }

    record Ceasefire(LocalDate date, Faction first, Faction second,
            @Param(min = 1, def = "4", unit = "weeks") int weeks) implements Event {
        Ceasefire {
            if (first == second) {
                throw new IllegalArgumentException("a ceasefire needs two factions, got " + first + " twice");
            }
        }
    }
}

package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParamValidatorTest {

    record Drones(@Param(min = 0, max = 100) int sortiesPerWeek, @Param(min = 0) double rangeKm) {
    }

    record Root(Drones drones, @Param(min = 0, max = 1) List<Double> shares,
            Map<Faction, Drones> byFaction, @Param(nullable = true) Drones reserve) {
    }

    private static String error(Object record) {
        return assertThrows(IllegalArgumentException.class, () -> ParamValidator.validate(record)).getMessage();
    }

    @Test
    void acceptsValuesInRangeAndNulls() {
        ParamValidator.validate(new Root(new Drones(100, 0), List.of(0.0, 1.0), Map.of(), null));
    }

    @Test
    void namesTheKeyPathValueAndRange() {
        assertEquals("sortiesPerWeek = 250 is out of range; allowed 0..100", error(new Drones(250, 1)));
        assertEquals("rangeKm = -0.5 is out of range; allowed 0..inf", error(new Drones(1, -0.5)));
        assertEquals("drones.sortiesPerWeek = -1 is out of range; allowed 0..100",
                error(new Root(new Drones(-1, 0), List.of(), Map.of(), null)));
    }

    @Test
    void walksListsMapsAndNestedRecords() {
        assertEquals("shares[1] = 1.5 is out of range; allowed 0..1",
                error(new Root(new Drones(1, 1), List.of(0.5, 1.5), Map.of(), null)));
        assertEquals("byFaction.JNIM.sortiesPerWeek = 101 is out of range; allowed 0..100",
                error(new Root(new Drones(1, 1), List.of(), Map.of(Faction.JNIM, new Drones(101, 0)), null)));
        assertEquals("reserve.rangeKm = -1 is out of range; allowed 0..inf",
                error(new Root(new Drones(1, 1), List.of(), Map.of(), new Drones(1, -1))));
    }

    @Test
    void nanIsNeverInRange() {
        assertEquals("rangeKm = NaN is out of range; allowed 0..inf", error(new Drones(1, Double.NaN)));
    }

    @Test
    void rejectsNonRecords() {
        assertThrows(IllegalArgumentException.class, () -> ParamValidator.validate("text"));
    }
}

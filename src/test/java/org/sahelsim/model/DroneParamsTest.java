package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.config.DroneParams;
import org.sahelsim.model.config.ScenarioConfig;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.testing.MicroWorld;

/** Validation of the drone parameters: ranges, wing windows, unique names, and the defaults when absent. */
class DroneParamsTest {

    private static String message(String yaml) {
        return assertThrows(ScenarioException.class, () -> MicroWorld.config(yaml)).getMessage();
    }

    @Test
    void absentBlockGivesNoWingsAndDocumentedDefaults() {
        DroneParams p = MicroWorld.config("").drones();
        assertTrue(p.wings().isEmpty());
        assertEquals(0.0, p.sharing(Faction.NIGER));
        assertEquals(0.0, p.counterSkill(Faction.ISSP));
        assertEquals(0.45, p.attackSuppression());
        assertEquals(0.001, p.decapitation().leaderHitProbability());
        SahelModel m = MicroWorld.start(MicroWorld.config(""), 1, List.of());
        assertTrue(m.wings.isEmpty());
    }

    @Test
    void outOfRangeValuesAreRejectedWithKeyValueAndRange() {
        assertTrue(message("drones: {attackSuppression: 1.5}\n")
                .contains("drones.attackSuppression = 1.5 is out of range; allowed 0..1"));
        assertTrue(message("drones: {intelSharing: {NIGER: 2}}\n")
                .contains("drones.intelSharing.NIGER = 2 is out of range; allowed 0..1"));
        assertTrue(message("drones: {decapitation: {sizeScale: 0}}\n")
                .contains("drones.decapitation.sizeScale = 0 is out of range; allowed 10..100000"));
        assertTrue(message("drones: {wings: [{name: W, owner: NIGER, base: West Air Base, rangeKm: 5}]}\n")
                .contains("drones.wings[0].rangeKm = 5 is out of range; allowed 10..2000"));
    }

    @Test
    void aWingMustEndAfterItStartsAndNamesMustBeUnique() {
        assertTrue(message("drones: {wings: [{name: W, owner: NIGER, base: West Air Base, start: 2026-03-01, end: 2026-02-01}]}\n")
                .contains("wing 'W': end = 2026-02-01 must be after start = 2026-03-01"));
        assertTrue(message("""
                drones:
                  wings:
                    - {name: W, owner: NIGER, base: West Air Base}
                    - {name: W, owner: MALI, base: Westtown}
                """).contains("two wings are named 'W'"));
    }

    @Test
    void validateAcceptsTheBundledDefaults() {
        ScenarioConfig c = MicroWorld.config("drones: {wings: [{name: W, owner: NIGER, base: West Air Base}]}\n");
        ParamValidator.validate(c);
        assertEquals(150.0, c.drones().wing("W").rangeKm());
    }
}

package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Faction;
import org.sahelsim.model.config.ScenarioConfig;

/** Model-tab parameters resolve against the scenario records and keep to their documented ranges. */
class SettingTest {
    private static final ScenarioConfig BASELINE = new TestScenarios().load(TestScenarios.BASELINE, java.util.Map.of())
            .config();

    @Test
    void everyCatalogueEntryIsADocumentedParameterWithARange() {
        Set<String> paths = new HashSet<>();
        for (Setting s : ModelSettings.CATALOGUE) {
            assertTrue(paths.add(s.path), "listed twice: " + s.path);
            assertFalse(s.label.isBlank(), s.path);
            assertFalse(s.doc.isBlank(), s.path + " has no documentation");
            if (s.kind != Setting.Kind.SWITCH) {
                assertTrue(Double.isFinite(s.min) && Double.isFinite(s.max) && s.min < s.max, s.path);
                double v = ((Number) s.read(BASELINE)).doubleValue();
                assertTrue(v >= s.min && v <= s.max, s.path + " = " + v + " outside its range");
            }
        }
    }

    @Test
    void valuesAreReadFromTheScenario() {
        assertEquals(BASELINE.combat().lethality(), Setting.of("combat.lethality", "x").read(BASELINE));
        assertEquals(BASELINE.movement().speedCells(), Setting.of("movement.speedCells", "x").read(BASELINE));
        assertEquals(false, Setting.of("factions.FRANCE.enabled", "x").read(BASELINE));
        assertEquals(true, Setting.of("factions.AFRICA_CORPS.enabled", "x").read(BASELINE));
        assertEquals(BASELINE.setup(Faction.ISSP).leadership(), Setting.of("factions.issp.leadership", "x").read(BASELINE));
    }

    @Test
    void aFactionTheScenarioLeavesOutHasTheDefaults() {
        assertEquals(true, Setting.of("factions.BENIN_SELF_DEFENCE.enabled", "x").read(BASELINE));
    }

    @Test
    void valuesAreClampedToTheRangeAndTyped() {
        Setting lethality = Setting.of("combat.lethality", "x");
        assertEquals(1.0, lethality.coerce(7.5));
        assertEquals(0.0, lethality.coerce(-1));
        Setting speed = Setting.of("movement.speedCells", "x");
        assertEquals(15, speed.coerce(99.0));
        assertEquals(4, speed.coerce(3.6));
        assertEquals("0.25", lethality.yaml(0.25));
        assertEquals("4", speed.yaml(4));
    }

    @Test
    void pathsThatAreNotParametersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Setting.of("combat.nosuchkey", "x"));
        assertThrows(IllegalArgumentException.class, () -> Setting.of("factions.NOBODY.enabled", "x"));
        assertThrows(IllegalArgumentException.class, () -> Setting.of("name", "x"));
        assertThrows(IllegalArgumentException.class, () -> Setting.of("combat", "x"));
        assertThrows(IllegalArgumentException.class, () -> Setting.of("combat.lethality.more", "x"));
        assertThrows(IllegalArgumentException.class, () -> Setting.of("factions.ISSP.capability", "x"));
    }
    @Test
    void anAbsentFactionEntryShowsTheValueTheRuleUses() {
        Setting mali = Setting.entry("drones.intelSharing.MALI", "x", c -> c.drones().sharing(Faction.MALI));
        Setting nigeria = Setting.entry("drones.intelSharing.nigeria", "x", c -> c.drones().sharing(Faction.NIGERIA));
        assertEquals(0.0, mali.read(BASELINE));
        assertEquals(0.5, nigeria.read(BASELINE));
        assertEquals(Setting.Kind.REAL, mali.kind);
        assertEquals(0.0, mali.min);
        assertEquals(1.0, mali.max);
        assertTrue(mali.source.contains("intelligence sharing"), mali.source);
        assertEquals("0.7", mali.yaml(0.7, BASELINE));
    }

    @Test
    void aStartDateSwitchWritesTheScenariosStartOrNull() {
        Setting cut = Setting.fromStart("corridor.interdictFrom", "x", c -> c.corridor().interdicted(c.start()));
        assertEquals(Setting.Kind.SWITCH, cut.kind);
        assertEquals(false, cut.read(BASELINE));
        assertEquals(BASELINE.start().toString(), cut.yaml(true, BASELINE));
        assertEquals("null", cut.yaml(false, BASELINE));
        assertThrows(IllegalStateException.class, () -> cut.yaml(true));
        assertTrue(cut.description().contains("from the scenario's start"), cut.description());
    }

    @Test
    void eachFormRefusesPathsOfTheOthers() {
        assertThrows(IllegalArgumentException.class, () -> Setting.of("drones.intelSharing.MALI", "x"));
        assertThrows(IllegalArgumentException.class, () -> Setting.entry("combat.lethality", "x", c -> 0));
        assertThrows(IllegalArgumentException.class, () -> Setting.entry("drones.intelSharing.NOBODY", "x", c -> 0));
        assertThrows(IllegalArgumentException.class, () -> Setting.entry("factions.ISSP", "x", c -> 0));
        assertThrows(IllegalArgumentException.class, () -> Setting.fromStart("combat.lethality", "x", c -> true));
        assertThrows(IllegalArgumentException.class, () -> Setting.fromStart("corridor.gainRate", "x", c -> true));
        assertThrows(IllegalArgumentException.class, () -> Setting.of("corridor.interdictFrom", "x"));
    }
}

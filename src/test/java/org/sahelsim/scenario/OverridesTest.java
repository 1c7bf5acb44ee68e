package org.sahelsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Param;
import org.sahelsim.scenario.Fixture.Scenario;
import org.sahelsim.scenario.ScenarioException.Kind;

class OverridesTest {

    @Test
    void overridesSetValuesIncludingDefaultedKeys() {
        Scenario s = Fixtures.load("good/minimal.yaml", Map.of(
                "drones.sortiesPerWeek", "6",
                "weeks", "10",
                "combat.weapon", "artillery",
                "factions.ISSP.treasury", "2"));
        assertEquals(6, s.drones().sortiesPerWeek(), "drones is absent from the file");
        assertEquals(10, s.weeks());
        assertEquals(Fixture.Weapon.ARTILLERY, s.combat().weapon());
        assertEquals(2.0, s.factions().get(Faction.ISSP).treasury(), "new map entry, fighters defaulted");
        assertEquals(100, s.factions().get(Faction.ISSP).fighters());
    }

    @Test
    void enumKeysMatchInEitherSpellingAndListsByIndex() {
        Scenario s = Fixtures.load("good/full.yaml", Map.of(
                "factions.issp.fighters", "7",
                "factions.BURKINA_FASO.treasury", "3",
                "events.0.count", "50",
                "events.1.weeks", "9"));
        assertEquals(2, s.factions().size(), "no second ISSP entry");
        assertEquals(7, s.factions().get(Faction.ISSP).fighters());
        assertEquals(1.5, s.factions().get(Faction.ISSP).treasury());
        assertEquals(3.0, s.factions().get(Faction.BURKINA_FASO).treasury());
        assertEquals(50, ((Fixture.AddUnits) s.events().get(0)).count());
        assertEquals(9, ((Fixture.Ceasefire) s.events().get(1)).weeks());
    }

    @Test
    void valuesAreYamlSoListsAndMappingsCanBeSetWhole() {
        Scenario s = Fixtures.load("good/full.yaml", Map.of(
                "shares", "[0.5]",
                "drones", "{rangeKm: 10}",
                "note", "~"));
        assertEquals(List.of(0.5), s.shares());
        assertEquals(10.0, s.drones().rangeKm());
        assertEquals(2, s.drones().sortiesPerWeek(), "a mapping override replaces, it does not merge");
        assertEquals(null, s.note());
    }

    @Test
    void unknownPathsNameTheOverride() {
        assertEquals("override drones.sortes: unknown override path 'drones.sortes': no key 'sortes' in drones;"
                + " valid keys: aircraft, rangeKm, sortiesPerWeek",
                Fixtures.error("good/minimal.yaml", Map.of("drones.sortes", "3")).getMessage());
        assertEquals("override nmae: unknown override path 'nmae': no key 'nmae' at top level; valid keys: combat,"
                + " drones, events, factions, labels, name, note, reserve, seed, shares, start, weeks",
                Fixtures.error("good/minimal.yaml", Map.of("nmae", "x")).getMessage());
        ScenarioException faction = Fixtures.error("good/minimal.yaml", Map.of("factions.ISIS.treasury", "1"));
        assertEquals(Kind.OVERRIDE, faction.kind());
        assertEquals("factions.ISIS.treasury", faction.keyPath());
        assertEquals("override factions.ISIS.treasury: unknown override path 'factions.ISIS.treasury': unknown value"
                + " 'ISIS' for factions key; allowed: ISSP, JNIM, ISWAP, MALI, BURKINA_FASO, NIGER, NIGERIA, BENIN,"
                + " AFRICA_CORPS, FRANCE, TUAREG_MILITIA, DOZO, VDP, NIGER_VIGILANCE, NIGERIA_VIGILANTES, BENIN_SELF_DEFENCE"
                + " (or lower case with '-' for '_')", faction.getMessage());
        assertEquals("override events.5.count: unknown override path 'events.5.count': events has no item '5';"
                + " indices are 0..1", Fixtures.error("good/full.yaml", Map.of("events.5.count", "1")).getMessage());
        assertEquals("override weeks.max: unknown override path 'weeks.max': weeks is a single value and has no"
                + " key 'max'", Fixtures.error("good/full.yaml", Map.of("weeks.max", "1")).getMessage());
    }

    @Test
    void badOverrideValuesAreCheckedLikeFileValues() {
        assertEquals("override drones.sortiesPerWeek: drones.sortiesPerWeek = 250 is out of range; allowed 0..100",
                Fixtures.error("good/minimal.yaml", Map.of("drones.sortiesPerWeek", "250")).getMessage());
        assertEquals("override combat.lethality: combat.lethality: expected a number, got 'high'",
                Fixtures.error("good/minimal.yaml", Map.of("combat.lethality", "high")).getMessage());
    }

    @Test
    void overridesCanComeFromAYamlMappingWithPositions() {
        ConfigNode tree = YamlParser.parseDocument("""
                arm: more-drones
                overrides:
                  drones.sortiesPerWeek: 9
                  drones.sortes: 1
                """.getBytes(StandardCharsets.UTF_8), "experiments/arms.yaml");
        ConfigNode.Mapping overrides = (ConfigNode.Mapping) ((ConfigNode.Mapping) tree).get("overrides").value();
        List<Overrides.Override> list = Overrides.fromMapping(overrides);
        ScenarioFiles.Merged merged = ScenarioFiles.read(Fixtures.path("good/minimal.yaml"));
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> Overrides.apply(merged.tree(), Scenario.class, list));
        assertEquals("experiments/arms.yaml:4:3: unknown override path 'drones.sortes': no key 'sortes' in drones;"
                + " valid keys: aircraft, rangeKm, sortiesPerWeek", e.getMessage());
        Scenario s = StrictYamlLoader.load(Fixtures.path("good/minimal.yaml"), Scenario.class, list.subList(0, 1))
                .value();
        assertEquals(9, s.drones().sortiesPerWeek());
    }

    @Test
    void applyLeavesTheInputTreeUnchanged() {
        ScenarioFiles.Merged merged = ScenarioFiles.read(Fixtures.path("good/full.yaml"));
        ConfigNode.Mapping before = merged.tree();
        ConfigNode.Mapping after = Overrides.apply(before, Scenario.class,
                Overrides.parse(Map.of("drones.sortiesPerWeek", "9")));
        assertEquals("6", ((ConfigNode.Scalar) ((ConfigNode.Mapping) before.get("drones").value())
                .get("sortiesPerWeek").value()).text());
        assertSame(before.get("combat"), after.get("combat"), "untouched branches are shared");
    }

    /** An experiment record can carry overrides as a raw subtree, typed later by the scenario. */
    record Arm(@Param(doc = "Arm name") String name, ConfigNode overrides) {
    }

    @Test
    void rawConfigNodeComponentsPassThroughUnmapped() {
        Arm arm = StrictYamlLoader.parse("name: more-drones\noverrides: {drones.sortiesPerWeek: 9}\n",
                "arm.yaml", Arm.class);
        Scenario s = StrictYamlLoader.load(Fixtures.path("good/minimal.yaml"), Scenario.class,
                Overrides.fromMapping((ConfigNode.Mapping) arm.overrides())).value();
        assertEquals(9, s.drones().sortiesPerWeek());
    }
}

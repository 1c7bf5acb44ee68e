package org.sahelsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Faction;
import org.sahelsim.scenario.Fixture.Scenario;
import org.sahelsim.scenario.Fixture.Weapon;
import org.sahelsim.scenario.ScenarioException.Kind;

class ExtendsTest {

    private static final String DIR = "src/test/resources/scenario-fixtures/extends/";

    @Test
    void childMergesMappingsAndReplacesLists() {
        Scenario child = Fixtures.load("extends/child.yaml");
        assertEquals("Child", child.name());
        assertEquals(6, child.drones().sortiesPerWeek(), "child wins");
        assertEquals(List.of("TB2"), child.drones().aircraft(), "sibling key inherited");
        assertEquals(2.0, child.factions().get(Faction.ISSP).treasury(), "deep merge into a map entry");
        assertEquals(500, child.factions().get(Faction.ISSP).fighters());
        assertEquals(5.0, child.factions().get(Faction.JNIM).treasury(), "untouched entry inherited");
        assertEquals(1, child.events().size(), "a child's list replaces the parent's");
        assertInstanceOf(Fixture.Ceasefire.class, child.events().get(0));
        assertEquals(List.of(0.2, 0.8), child.shares(), "list not named by the child is inherited");
    }

    @Test
    void chainsResolveEachLink() {
        Loaded<Scenario> loaded = StrictYamlLoader.load(Fixtures.path("extends/grandchild.yaml"), Scenario.class);
        Scenario s = loaded.value();
        assertEquals("Grandchild", s.name());
        assertEquals(0.2, s.combat().lethality());
        assertEquals(Weapon.ARTILLERY, s.combat().weapon(), "from base, through child");
        assertEquals(6, s.drones().sortiesPerWeek(), "from child");
        assertEquals(List.of(Fixtures.path("extends/grandchild.yaml"), Fixtures.path("extends/child.yaml"),
                Fixtures.path("extends/base.yaml")), loaded.files());
    }

    @Test
    void parentPathIsRelativeToTheFileThatNamesIt() {
        Loaded<Scenario> loaded = StrictYamlLoader.load(Fixtures.path("extends/sub/nested.yaml"), Scenario.class);
        assertEquals("Nested", loaded.value().name());
        assertEquals(Path.of(DIR + "base.yaml"), loaded.files().get(1), "normalised, still relative");
    }

    @Test
    void aParentNeedNotBeCompleteOnItsOwn() {
        Scenario s = Fixtures.load("extends/completes-fragment.yaml");
        assertEquals(9, s.drones().sortiesPerWeek());
        assertEquals(Kind.MISSING_KEY, Fixtures.error("extends/fragment.yaml").kind());
    }

    @Test
    void cyclesAreReportedWithTheLoop() {
        ScenarioException e = Fixtures.error("extends/cycle-a.yaml");
        assertEquals(Kind.EXTENDS, e.kind());
        assertEquals(DIR + "cycle-b.yaml:1:10: extends cycle: " + DIR + "cycle-a.yaml -> " + DIR + "cycle-b.yaml -> "
                + DIR + "cycle-a.yaml", e.getMessage());
        assertEquals(DIR + "self.yaml:1:10: extends cycle: " + DIR + "self.yaml -> " + DIR + "self.yaml",
                Fixtures.error("extends/self.yaml").getMessage());
    }

    @Test
    void missingParentPointsAtTheExtendsLine() {
        ScenarioException e = Fixtures.error("extends/missing-parent.yaml");
        assertEquals(Kind.FILE, e.kind());
        assertEquals(DIR + "missing-parent.yaml:2:10: extends: file not found: " + DIR + "nowhere.yaml",
                e.getMessage());
        assertEquals(DIR + "extends-number.yaml:1:10: extends: expected a file path, got 12",
                Fixtures.error("extends/extends-number.yaml").getMessage());
    }

    @Test
    void errorsPointAtTheFileThatHoldsTheBadValue() {
        assertEquals(DIR + "child-out-of-range.yaml:3:19: drones.sortiesPerWeek = 500 is out of range; allowed 0..100",
                Fixtures.error("extends/child-out-of-range.yaml").getMessage());
        assertEquals(DIR + "child-incomplete-entry.yaml:4:5: missing key 'treasury' in factions.NIGER",
                Fixtures.error("extends/child-incomplete-entry.yaml").getMessage());
    }

    @Test
    void extendsIsNotAKeyOfAnAlreadyMergedTree() {
        ConfigNode.Mapping alone = ScenarioFiles.readAlone(Fixtures.path("extends/child.yaml"));
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> StrictYamlLoader.map(alone, Scenario.class));
        assertEquals(DIR + "child.yaml:1:1: 'extends' is only resolved when a scenario is loaded from a file",
                e.getMessage());
    }
}

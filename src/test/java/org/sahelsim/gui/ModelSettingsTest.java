package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.gui.ScenarioSource.Scenario;
import org.sahelsim.model.Faction;
import org.sahelsim.model.SahelModel;
import org.sahelsim.scenario.ScenarioException;

/** The settings bean makes a new validated scenario for the next start and never edits the loaded one. */
class ModelSettingsTest {
    @TempDir
    Path tmp;

    private static int index(String path) {
        for (int i = 0; i < ModelSettings.CATALOGUE.size(); i++) {
            if (ModelSettings.CATALOGUE.get(i).path.equals(path)) {
                return i;
            }
        }
        throw new AssertionError(path + " not in the catalogue");
    }

    @Test
    void unchangedSettingsGiveNoOverridesAndTheSameScenario() {
        ModelSettings s = new ModelSettings(new TestScenarios(), TestScenarios.BASELINE);
        assertEquals(Map.of(), s.overrides());
        assertEquals(s.scenario().config(), s.build().config());
    }

    @Test
    void aChangedSettingBuildsANewConfigAndLeavesTheLoadedOneAlone() {
        ModelSettings s = new ModelSettings(new TestScenarios(), TestScenarios.BASELINE);
        double before = s.scenario().config().combat().lethality();
        s.set(index("combat.lethality"), 0.06);
        assertEquals(Map.of("combat.lethality", "0.06"), s.overrides());
        Scenario next = s.build();
        assertEquals(0.06, next.config().combat().lethality());
        assertEquals(before, s.scenario().config().combat().lethality());
        assertEquals(s.scenario().config().movement(), next.config().movement());
        assertEquals(s.scenario().config().forces(), next.config().forces());
        s.reset();
        assertEquals(Map.of(), s.overrides());
    }

    @Test
    void switchingAfricaCorpsOffRemovesItsUnits() {
        ModelSettings s = new ModelSettings(new TestScenarios(), TestScenarios.BASELINE);
        SahelModel on = s.newModel(s.build(), 1);
        on.start();
        assertTrue(on.units.stream().anyMatch(u -> u.faction == Faction.AFRICA_CORPS));
        s.set(index("factions.AFRICA_CORPS.enabled"), false);
        SahelModel off = s.newModel(s.build(), 1);
        off.start();
        assertTrue(off.units.stream().noneMatch(u -> u.faction == Faction.AFRICA_CORPS));
        assertNotEquals(on.units.size(), off.units.size());
    }

    @Test
    void loadingAnotherScenarioResetsTheSettingsToIt() throws IOException {
        Path other = tmp.resolve("fast.yaml");
        Files.writeString(other, "extends: " + TestScenarios.BASELINE.toAbsolutePath() + "\nname: fast\n"
                + "movement: {speedCells: 5}\n");
        ModelSettings s = new ModelSettings(new TestScenarios(), TestScenarios.BASELINE);
        s.set(index("combat.lethality"), 0.2);
        s.load(other);
        assertEquals("fast", s.scenario().config().name());
        assertEquals(5, s.get(index("movement.speedCells")));
        assertEquals(Map.of(), s.overrides());
    }

    @Test
    void aBadScenarioFileIsRefusedAndTheCurrentOneKept() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\nstart: 2026-01-01\nweeks: 10\ncombat: {lethality: 3}\n");
        ModelSettings s = new ModelSettings(new TestScenarios(), TestScenarios.BASELINE);
        ScenarioException e = assertThrows(ScenarioException.class, () -> s.load(bad));
        assertTrue(e.getMessage().contains("lethality"), e.getMessage());
        assertEquals("baseline-2026", s.scenario().config().name());
    }
}

package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.gui.ScenarioSource.Scenario;
import org.sahelsim.model.Faction;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.config.ScenarioConfig;
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

    /** The value each setting for the drone, ceasefire, corridor and recruitment rules is read by, as the rules read it. */
    private static Map<String, Function<ScenarioConfig, Object>> ruleInputs() {
        Map<String, Function<ScenarioConfig, Object>> in = new LinkedHashMap<>();
        in.put("drones.detectionRate", c -> c.drones().detectionRate());
        in.put("drones.strikeProbability", c -> c.drones().strikeProbability());
        in.put("drones.attackSuppression", c -> c.drones().attackSuppression());
        in.put("drones.moveSuppression", c -> c.drones().moveSuppression());
        in.put("drones.intelSharing.MALI", c -> c.drones().sharing(Faction.MALI));
        in.put("drones.intelSharing.BURKINA_FASO", c -> c.drones().sharing(Faction.BURKINA_FASO));
        in.put("drones.intelSharing.NIGER", c -> c.drones().sharing(Faction.NIGER));
        in.put("drones.intelSharing.NIGERIA", c -> c.drones().sharing(Faction.NIGERIA));
        in.put("drones.counterDrone.ISSP", c -> c.drones().counterSkill(Faction.ISSP));
        in.put("drones.counterDrone.JNIM", c -> c.drones().counterSkill(Faction.JNIM));
        in.put("ceasefires.endogenous", c -> c.ceasefires().endogenous());
        in.put("ceasefires.talksBase", c -> c.ceasefires().talksBase());
        in.put("ceasefires.breakBase", c -> c.ceasefires().breakBase());
        in.put("ceasefires.breakRate", c -> c.ceasefires().breakRate());
        in.put("corridor.interdictFrom", c -> c.corridor().interdicted(c.start()));
        in.put("corridor.gainRate", c -> c.corridor().gainRate());
        in.put("recruitment.poolShare", c -> c.recruitment().poolShare());
        in.put("recruitment.poolRegeneration", c -> c.recruitment().poolRegeneration());
        in.put("recruitment.bands.splitFactor", c -> c.recruitment().bands().splitFactor());
        return in;
    }

    /** A value in the setting's range other than {@code current}. */
    private static Object another(Setting s, Object current) {
        return switch (s.kind) {
            case SWITCH -> !(Boolean) current;
            case REAL -> {
                double mid = (s.min + s.max) / 2;
                yield Math.abs((Double) current - mid) > 1e-9 ? mid : s.min;
            }
            case INTEGER -> {
                int mid = (int) Math.round((s.min + s.max) / 2);
                yield (Integer) current != mid ? mid : (int) s.min;
            }
        };
    }

    @Test
    void everySettingReachesTheValueTheRuleReads() {
        ModelSettings s = new ModelSettings(new TestScenarios(), TestScenarios.BASELINE);
        Map<String, Function<ScenarioConfig, Object>> inputs = ruleInputs();
        for (String path : inputs.keySet()) {
            index(path);
        }
        for (int i = 0; i < s.size(); i++) {
            Setting setting = s.setting(i);
            s.reset();
            Object before = s.get(i);
            Object wanted = s.set(i, another(setting, before));
            assertNotEquals(before, wanted, setting.path);
            ScenarioConfig next = s.build().config();
            assertEquals(wanted, setting.read(next), setting.path);
            Function<ScenarioConfig, Object> rule = inputs.get(setting.path);
            if (rule != null) {
                assertEquals(before, rule.apply(s.scenario().config()), setting.path + " shows another value than the rule uses");
                assertEquals(wanted, rule.apply(next), setting.path + " does not reach the rule");
            }
        }
    }

    @Test
    void intelligenceSharingAndTheCorridorSwitchReachARunningModel() {
        ModelSettings s = new ModelSettings(new TestScenarios(), TestScenarios.BASELINE);
        SahelModel before = s.newModel(s.build(), 3);
        before.start();
        before.schedule.step(before);
        assertEquals(0.0, before.intelSharing[Faction.NIGER.ordinal()]);
        assertFalse(before.corridor.interdicted());
        s.set(index("drones.intelSharing.NIGER"), 0.8);
        s.set(index("corridor.interdictFrom"), true);
        assertEquals(Map.of("corridor.interdictFrom", "2026-06-01", "drones.intelSharing.NIGER", "0.8"), s.overrides());
        SahelModel after = s.newModel(s.build(), 3);
        after.start();
        after.schedule.step(after);
        assertEquals(0.8, after.intelSharing[Faction.NIGER.ordinal()], 1e-12);
        assertTrue(after.corridor.interdicted());
        assertFalse(after.corridor.connected());
    }

    @Test
    void switchingTheCorridorInterdictionOffRemovesTheScenariosDate() throws IOException {
        Path cut = tmp.resolve("cut.yaml");
        Files.writeString(cut, "extends: " + TestScenarios.BASELINE.toAbsolutePath() + "\nname: cut\n"
                + "corridor: {interdictFrom: 2026-06-01}\n");
        ModelSettings s = new ModelSettings(new TestScenarios(), cut);
        int k = index("corridor.interdictFrom");
        assertEquals(true, s.get(k));
        s.set(k, false);
        assertEquals(Map.of("corridor.interdictFrom", "null"), s.overrides());
        ScenarioConfig next = s.build().config();
        assertNull(next.corridor().interdictFrom());
        assertFalse(next.corridor().interdicted(next.start()));
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

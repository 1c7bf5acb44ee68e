package org.sahelsim.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sahelsim.gui.ScenarioSource.Scenario;
import org.sahelsim.model.Faction;
import org.sahelsim.model.SahelModel;

/**
 * The settings bean behind the Model tab (STYLE habit 6): the scenario file and the values the
 * user gave to the {@link #CATALOGUE} parameters. The scenario records stay immutable; the next
 * start asks the loader for a new validated scenario with the changed values as dotted-path
 * overrides, so a value the loader would reject can never reach a model.
 */
public final class ModelSettings {
    /**
     * The parameters offered as sliders and switches, in the order shown. One line per parameter:
     * its scenario key and a label; type, range and documentation come from its {@code @Param}.
     * Faction entries of a map show the value the rule uses when the scenario leaves them out;
     * the corridor switch sets the interdiction date to the scenario's start, or removes it.
     */
    public static final List<Setting> CATALOGUE = List.of(
            Setting.of("factions.AFRICA_CORPS.enabled", "Africa Corps present"),
            Setting.of("combat.engageProbability", "Engage chance per week"),
            Setting.of("combat.findProbability", "State forces find insurgents"),
            Setting.of("combat.raidProbability", "Raid chance per week"),
            Setting.of("combat.lethality", "Lethality of fire"),
            Setting.of("combat.civilianRate", "Civilians killed per combatant"),
            Setting.of("movement.speedCells", "Unit speed (cells/week)"),
            Setting.of("movement.wBorder", "Pull of the borders"),
            Setting.of("movement.wHome", "Tie to home area"),
            Setting.of("movement.wBase", "Pull of the group's base area"),
            Setting.of("control.contestRatio", "Contested above ratio"),
            Setting.of("control.entrenchWeeks", "Weeks to entrench"),
            Setting.of("control.abandonWeeks", "Weeks before abandoned"),
            Setting.of("drones.detectionRate", "Drones detect a moving unit"),
            Setting.of("drones.strikeProbability", "Drone strike per detection"),
            Setting.of("drones.attackSuppression", "Attacks forgone under drones"),
            Setting.of("drones.moveSuppression", "Movement forgone under drones"),
            Setting.entry("drones.intelSharing.MALI", "Intelligence shared with Mali", c -> c.drones().sharing(Faction.MALI)),
            Setting.entry("drones.intelSharing.BURKINA_FASO", "Intelligence shared with Burkina Faso",
                    c -> c.drones().sharing(Faction.BURKINA_FASO)),
            Setting.entry("drones.intelSharing.NIGER", "Intelligence shared with Niger", c -> c.drones().sharing(Faction.NIGER)),
            Setting.entry("drones.intelSharing.NIGERIA", "Intelligence shared with Nigeria",
                    c -> c.drones().sharing(Faction.NIGERIA)),
            Setting.entry("drones.counterDrone.ISSP", "ISSP counter-drone skill", c -> c.drones().counterSkill(Faction.ISSP)),
            Setting.entry("drones.counterDrone.JNIM", "JNIM counter-drone skill", c -> c.drones().counterSkill(Faction.JNIM)),
            Setting.of("ceasefires.endogenous", "Truce talks open by the rule"),
            Setting.of("ceasefires.talksBase", "Truce talks without fighting (per week)"),
            Setting.of("ceasefires.breakBase", "Truce erodes (per week)"),
            Setting.of("ceasefires.breakRate", "Eroding truce breaks (per week)"),
            Setting.fromStart("corridor.interdictFrom", "ISSP-ISWAP corridor interdicted",
                    c -> c.corridor().interdicted(c.start())),
            Setting.of("corridor.gainRate", "Skill gained through corridor (per week)"),
            Setting.of("recruitment.poolShare", "Aggrieved ready to take up arms"),
            Setting.of("recruitment.poolRegeneration", "Recruit pools refill (per week)"),
            Setting.of("recruitment.bands.splitFactor", "Band splits at this multiple of its size"));

    private final ScenarioSource source;
    private Scenario scenario;
    private final Object[] values = new Object[CATALOGUE.size()];

    /** Loads the scenario file; its values become the settings' starting values. */
    public ModelSettings(ScenarioSource source, Path file) {
        this.source = Objects.requireNonNull(source);
        load(file);
    }

    /** Replaces the scenario (validated now, used from the next start) and resets every setting to it. */
    public synchronized void load(Path file) {
        Scenario s = source.load(file, Map.of());
        scenario = s;
        for (int i = 0; i < values.length; i++) {
            values[i] = CATALOGUE.get(i).read(s.config());
        }
    }

    /** The scenario as loaded, without the user's changes. */
    public synchronized Scenario scenario() {
        return scenario;
    }

    public int size() {
        return values.length;
    }

    public Setting setting(int i) {
        return CATALOGUE.get(i);
    }

    public synchronized Object get(int i) {
        return values[i];
    }

    /** Sets a value, clamped to the parameter's range; returns the value kept. */
    public synchronized Object set(int i, Object value) {
        values[i] = CATALOGUE.get(i).coerce(value);
        return values[i];
    }

    /** Puts every setting back to the scenario's value. */
    public synchronized void reset() {
        for (int i = 0; i < values.length; i++) {
            values[i] = CATALOGUE.get(i).read(scenario.config());
        }
    }

    /** The settings that differ from the scenario, as dotted-path overrides, in catalogue order. */
    public synchronized Map<String, String> overrides() {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            Setting s = CATALOGUE.get(i);
            if (!values[i].equals(s.read(scenario.config()))) {
                out.put(s.path, s.yaml(values[i], scenario.config()));
            }
        }
        return out;
    }

    /** The scenario with the current settings applied, loaded and validated afresh. */
    public synchronized Scenario build() {
        return source.load(scenario.file(), overrides());
    }

    /** A new, not yet started model of {@code s} with the standard rules. */
    public SahelModel newModel(Scenario s, long seed) {
        return new SahelModel(seed, s.map(), s.config(), new ArrayList<>(source.rules()));
    }
}

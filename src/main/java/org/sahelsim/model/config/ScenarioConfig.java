package org.sahelsim.model.config;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Param;

/**
 * Everything a scenario file sets: the root of the YAML format (scenarios/schema.json is generated
 * from this record and the records it contains).
 */
public record ScenarioConfig(
        @Param(doc = "scenario name, used in output folder names") String name,
        @Param(nullable = true, doc = "what the scenario represents") String description,
        @Param(doc = "first simulated day (ISO date)") LocalDate start,
        @Param(nullable = true, doc = "last simulated day; give this or 'weeks'") LocalDate end,
        @Param(nullable = true, min = 1, max = 5200, unit = "weeks", doc = "run length; give this or 'end'") Integer weeks,
        @Param(def = "0.1", min = 0.05, max = 0.5, unit = "degrees", doc = "grid cell size",
                source = "issue: 0.05-0.5 selectable") double resolution,
        @Param(doc = "initial state per faction") Map<Faction, FactionSetup> factions,
        @Param(doc = "stances that differ from the defaults") List<StanceSetup> relations,
        @Param(doc = "initial forces by region or site") List<ForceSetup> forces,
        @Param(doc = "automatic national garrisons") GarrisonParams garrisons,
        @Param(doc = "movement submodel") MovementParams movement,
        @Param(doc = "combat submodel") CombatParams combat,
        @Param(doc = "control submodel") ControlParams control,
        @Param(doc = "dated events") List<TimelineEvent> timeline,
        @Param(doc = "extra outputs") OutputParams outputs,
        @Param(doc = "recruitment, grievance, defection and desertion") RecruitmentParams recruitment,
        @Param(doc = "the armed groups' economy") EconomyParams economy,
        @Param(doc = "drone wings, detection, strikes, decapitation, base raids") DroneParams drones,
        @Param(doc = "ceasefire submodel") CeasefireParams ceasefires,
        @Param(doc = "corridor and skill-transfer submodel") CorridorParams corridor) {

    public ScenarioConfig {
        if (end == null && weeks == null) {
            throw new IllegalArgumentException("give 'end' (a date) or 'weeks' (a number)");
        }
        if (end != null && weeks != null) {
            throw new IllegalArgumentException("give only one of 'end' and 'weeks'");
        }
        if (end != null && !end.isAfter(start)) {
            throw new IllegalArgumentException("end = " + end + " must be after start = " + start);
        }
        Map<Faction, FactionSetup> all = new EnumMap<>(Faction.class);
        all.putAll(factions);
        factions = all;
        relations = List.copyOf(relations);
        forces = List.copyOf(forces);
        timeline = List.copyOf(timeline);
    }

    /** Number of weekly steps the scenario runs. */
    public int totalWeeks() {
        if (weeks != null) {
            return weeks;
        }
        return (int) Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(start, end) / 7);
    }

    /** The setup of a faction, or the defaults when the scenario does not mention it. */
    public FactionSetup setup(Faction f) {
        return factions.getOrDefault(f, FactionSetup.defaults());
    }

    /** A copy running for {@code n} weeks instead of to the scenario's end. */
    public ScenarioConfig withWeeks(int n) {
        return withHorizon(null, n);
    }

    /** A copy running to {@code date}. */
    public ScenarioConfig withEnd(LocalDate date) {
        return withHorizon(date, null);
    }

    /** A copy with another horizon; every other component is copied unchanged (reflectively, so new components need no edit here). */
    private ScenarioConfig withHorizon(LocalDate newEnd, Integer newWeeks) {
        RecordComponent[] comps = ScenarioConfig.class.getRecordComponents();
        Object[] values = new Object[comps.length];
        Class<?>[] types = new Class<?>[comps.length];
        try {
            for (int k = 0; k < comps.length; k++) {
                types[k] = comps[k].getType();
                values[k] = switch (comps[k].getName()) {
                    case "end" -> newEnd;
                    case "weeks" -> newWeeks;
                    default -> comps[k].getAccessor().invoke(this);
                };
            }
            return ScenarioConfig.class.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

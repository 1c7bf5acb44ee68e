package org.sahelsim.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelsim.geo.WorldResources;
import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.Faction;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.UnitKind;
import org.sahelsim.model.config.ForceSetup;
import org.sahelsim.model.config.ScenarioConfig;
import org.sahelsim.model.config.TimelineEvent;
import org.sahelsim.scenario.Loaded;
import org.sahelsim.scenario.Scenarios;

/** scenarios/historical-2020.yaml takes its forces from the derived fragment, and they add up to the totals. */
class HistoricalScenarioTest {
    private static final Path FILE = Path.of("scenarios", "historical-2020.yaml");
    private final Loaded<ScenarioConfig> loaded = Scenarios.load(FILE);
    private final ScenarioConfig config = loaded.value();
    private final DerivationSpec spec = Derivation.bundledSpec();

    @Test
    void forcesComeFromTheDerivedFragment() {
        assertEquals(Path.of(ForcesYaml.FILE), loaded.files().get(1));
        Map<Faction, Integer> placed = new EnumMap<>(Faction.class);
        for (ForceSetup f : config.forces()) {
            placed.merge(f.faction(), f.fighters(), Integer::sum);
        }
        int pooled = 0;
        for (DerivationSpec.Total t : spec.forces()) {
            if (t.fighters() != null) {
                int fielded = (int) (Math.round((t.fighters() - t.garrisonFighters()) * t.fieldedShare() / spec.roundTo())
                        * spec.roundTo());
                assertEquals(fielded, placed.get(t.faction()), t.faction().name() + ": the fielded share of the rest");
            } else {
                pooled += placed.get(t.faction());
            }
        }
        assertEquals(spec.pool("central-sahel-jihadists").fighters(), pooled);
        assertEquals(spec.forces().size(), placed.size(), "no faction outside the derivation");
    }

    @Test
    void maliGarrisonsAreThePartOfFamaTheSpecTakesOff() {
        SahelModel m = new SahelModel(1, WorldResources.load(config.resolution()), config);
        m.start();
        int garrisons = 0;
        Map<Faction, Integer> units = new EnumMap<>(Faction.class);
        for (ArmedUnit u : m.units) {
            units.merge(u.faction, 1, Integer::sum);
            if (u.faction == Faction.MALI && u.kind == UnitKind.GARRISON) {
                garrisons += u.fighters;
            }
        }
        DerivationSpec.Total mali = spec.forces().stream().filter(t -> t.faction() == Faction.MALI).findFirst().orElseThrow();
        assertEquals(mali.garrisonFighters(), garrisons, "garrisonFighters of MALI in derivation.yaml");
        assertFalse(units.containsKey(Faction.AFRICA_CORPS), "Wagner is absent in January 2020");
        assertTrue(units.containsKey(Faction.FRANCE), "France is present");
    }

    /** The dated events of the modelling guide that the current event types can express are all entered. */
    @Test
    void timelineHasTheGuidesEventsThatNeedNoNewRule() {
        List<String> entered = config.timeline().stream().map(e -> e.date().toString().substring(0, 7) + " " + e.describe()).toList();
        for (String expected : List.of(
                "2020-02 600 FRANCE fighters arrive in ML-7",
                "2021-12 600 AFRICA_CORPS fighters arrive in ML-5",
                "2022-08 FRANCE withdrawn in MLI",
                "2023-02 FRANCE withdrawn in BFA",
                "2023-07 FRANCE-NIGER now neutral",
                "2023-07 AFRICA_CORPS-NIGER now allied",
                "2023-12 FRANCE withdrawn",
                "2025-06 300 AFRICA_CORPS fighters arrive in ML-6")) {
            assertTrue(entered.contains(expected), expected + " missing from " + entered);
        }
    }

    @Test
    void timelineIsInOrderAndInsideThePeriod() {
        TimelineEvent previous = null;
        for (TimelineEvent e : config.timeline()) {
            assertTrue(e.date().isAfter(config.start()) && e.date().isBefore(config.end()), e.describe());
            assertTrue(previous == null || !e.date().isBefore(previous.date()), "out of order: " + e.describe());
            previous = e;
        }
    }
}

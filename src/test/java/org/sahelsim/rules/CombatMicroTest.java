package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.sahelsim.model.ClashEvent;
import org.sahelsim.model.Faction;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.config.ScenarioConfig;
import org.sahelsim.testing.MicroWorld;
import org.junit.jupiter.api.Test;

/** Combat and control in a two-faction micro-world, over many seeds. */
class CombatMicroTest {
    private static final String TWO_SIDES = """
            forces:
              - {faction: JNIM, region: NE-6, fighters: 600, units: 6}
              - {faction: NIGER, region: NE-6, fighters: 600, units: 6, kind: column}
            """;

    @Test
    void hostileNeighboursClashInMostSeeds() {
        ScenarioConfig c = MicroWorld.config(TWO_SIDES);
        int withClashes = 0;
        for (long seed = 1; seed <= 30; seed++) {
            SahelModel m = MicroWorld.start(c, seed, List.of());
            int clashes = 0;
            for (int w = 0; w < 26; w++) {
                m.schedule.step(m);
                clashes += (int) m.weekEvents.stream().filter(e -> e.type() == ClashEvent.Type.CLASH).count();
            }
            if (clashes > 0) {
                withClashes++;
            }
        }
        assertTrue(withClashes >= 27, "clashes in only " + withClashes + " of 30 seeds (need >= 90%)");
    }

    @Test
    void alliesNeverClash() {
        ScenarioConfig c = MicroWorld.config("""
                forces:
                  - {faction: NIGER, region: NE-6, fighters: 600, units: 6, kind: column}
                  - {faction: NIGER_VIGILANCE, region: NE-6, fighters: 600, units: 6}
                """);
        for (long seed = 1; seed <= 30; seed++) {
            SahelModel m = MicroWorld.start(c, seed, List.of());
            for (int w = 0; w < 26; w++) {
                m.schedule.step(m);
                assertTrue(m.weekEvents.isEmpty(), "allies clashed, seed " + seed);
            }
        }
    }

    @Test
    void insurgentsTakeGroundWhereTheyAreAlone() {
        ScenarioConfig c = MicroWorld.config("forces:\n  - {faction: JNIM, region: NE-6, fighters: 600, units: 6}\n");
        for (long seed = 1; seed <= 30; seed++) {
            SahelModel m = MicroWorld.start(c, seed, List.of());
            MicroWorld.run(m, 10);
            assertTrue(m.lastStats.controlledCells()[Faction.JNIM.ordinal()] > 50, "seed " + seed);
        }
    }
}

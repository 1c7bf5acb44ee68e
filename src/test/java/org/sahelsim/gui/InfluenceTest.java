package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.Faction;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.config.ScenarioConfig;
import org.sahelsim.testing.MicroWorld;

/** The inspector's influence is the control submodel's: same formula, same reach, same outcome. */
class InfluenceTest {
    private static final ScenarioConfig ONE_BAND = MicroWorld.config("""
            forces:
              - {faction: ISSP, region: NE-6, fighters: 200, units: 1, cohesion: 0.5}
            control: {spinUpWeeks: 0}
            """);

    @Test
    void influenceFallsWithDistanceAndStopsAtTheRadius() {
        SahelModel m = MicroWorld.start(ONE_BAND, 1, List.of());
        ArmedUnit u = m.units.get(0);
        int r = m.config.control().unitRadiusCells();
        for (int d = 0; d <= r + 2; d++) {
            int x = u.x + d;
            if (!m.map.inBounds(x, u.y)) {
                continue;
            }
            double expected = d <= r ? 200 * 0.5 / (1 + d) : 0;
            assertEquals(expected, Influence.at(m, m.map.index(x, u.y))[Faction.ISSP.ordinal()], 1e-3, "d = " + d);
        }
    }

    @Test
    void cellsWhereTheInspectorShowsEnoughInfluenceAreExactlyTheCellsControlTakes() {
        for (long seed = 1; seed <= 30; seed++) {
            SahelModel m = MicroWorld.start(ONE_BAND, seed, List.of());
            ArmedUnit u = m.units.get(0);
            m.schedule.step(m);
            int held = 0;
            for (int i = 0; i < m.map.cells(); i++) {
                double inf = Influence.at(m, i)[Faction.ISSP.ordinal()];
                boolean taken = m.territory.controllerOf(i) == Faction.ISSP;
                assertEquals(inf >= m.config.control().minInfluence(), taken,
                        "seed " + seed + ", cell " + i + ": influence " + inf + ", unit at " + u.x + "," + u.y);
                held += taken ? 1 : 0;
            }
            assertTrue(held > 0, "seed " + seed + ": the band took no ground");
        }
    }
}

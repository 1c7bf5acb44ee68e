package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.BaseArea;
import org.sahelsim.model.Faction;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.UnitKind;
import org.sahelsim.testing.MicroWorld;

/**
 * The base area of a jihadist group (docs/odd/submodels/movement.md, "base area"): how it is
 * derived, and the pull it adds to the destination utility. On the micro-map region 0 (NE-6) is
 * the west half and region 1 (NG-SO) the east half.
 */
class BaseAreaTest {
    private static List<ArmedUnit> units(int westFighters, int eastFighters) {
        return List.of(new ArmedUnit(1, Faction.JNIM, UnitKind.BAND, westFighters, 1.0, 10, 20),
                new ArmedUnit(2, Faction.JNIM, UnitKind.BAND, eastFighters, 1.0, 50, 20),
                new ArmedUnit(3, Faction.ISSP, UnitKind.BAND, 900, 1.0, 50, 20),
                new ArmedUnit(4, Faction.JNIM, UnitKind.GARRISON, 5000, 1.0, 50, 10));
    }

    @Test
    void derivedFromTheShareOfTheGroupsMobileFighters() {
        // JNIM: 300 west, 50 east (14%); ISSP's band and JNIM's garrison do not count.
        assertArrayEquals(new boolean[] {true, false}, BaseArea.of(MicroWorld.MAP, units(300, 50), Faction.JNIM, List.of(), 0.2));
        assertArrayEquals(new boolean[] {true, true}, BaseArea.of(MicroWorld.MAP, units(300, 50), Faction.JNIM, List.of(), 0.1));
        // The region holding the most is always in, even when no region reaches the share.
        assertArrayEquals(new boolean[] {false, true}, BaseArea.of(MicroWorld.MAP, units(40, 60), Faction.JNIM, List.of(), 0.9));
        assertArrayEquals(new boolean[] {false, true}, BaseArea.of(MicroWorld.MAP, units(300, 50), Faction.ISSP, List.of(), 0.2));
    }

    @Test
    void namedRegionsOverrideAndOnlyJihadistsHaveOne() {
        assertArrayEquals(new boolean[] {false, true}, BaseArea.of(MicroWorld.MAP, units(300, 50), Faction.JNIM, List.of("NG-SO"), 0.2));
        assertArrayEquals(new boolean[] {false, false}, BaseArea.of(MicroWorld.MAP, units(300, 50), Faction.NIGER, List.of(), 0.2));
        assertArrayEquals(new boolean[] {false, false}, BaseArea.of(MicroWorld.MAP, List.of(), Faction.JNIM, List.of(), 0.2),
                "no fighters, no base");
        assertThrows(IllegalArgumentException.class,
                () -> BaseArea.of(MicroWorld.MAP, units(1, 1), Faction.JNIM, List.of("XX-1"), 0.2));
    }

    @Test
    void theModelSetsTheBaseFromTheScenario() {
        SahelModel m = MicroWorld.start(MicroWorld.config("""
                forces:
                  - {faction: ISSP, region: NE-6, fighters: 600, units: 6}
                factions:
                  JNIM: {base: [NG-SO]}
                """), 1, List.of());
        assertArrayEquals(new boolean[] {true, false}, m.state(Faction.ISSP).base);
        assertArrayEquals(new boolean[] {false, true}, m.state(Faction.JNIM).base);
    }

    @Test
    void thePullIsWBaseTimesOneMinusAutonomy() {
        SahelModel m = MicroWorld.start(MicroWorld.config("""
                factions:
                  JNIM: {base: [NE-6], commanderAutonomy: 0.8}
                movement: {wBase: 3}
                """), 1, List.of());
        ArmedUnit u = m.addUnit(Faction.JNIM, UnitKind.BAND, 100, 1.0, 30, 20);
        Presence presence = new Presence(m.map.width, m.map.height);
        presence.update(m);
        // Two cells at the same distance either side of the region border, same population.
        int west = m.map.index(27, 20);
        int east = m.map.index(33, 20);
        double gap = Utility.score(m, presence, u, west) - Utility.score(m, presence, u, east);
        assertEquals(3 * (1 - 0.8), gap, 1e-9);
        m.state(Faction.JNIM).base = new boolean[] {false, false};
        assertEquals(0, Utility.score(m, presence, u, west) - Utility.score(m, presence, u, east), 1e-9);
    }
}

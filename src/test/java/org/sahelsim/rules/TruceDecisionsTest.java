package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.Faction;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.UnitKind;
import org.sahelsim.testing.MicroWorld;

/** Under a ceasefire the parties plan no attacks on each other inside its scope (decision phase). */
class TruceDecisionsTest {
    private static final String TRUCE = "ceasefires: {agreements: [{a: ISSP, b: JNIM, regions: [NE-6], state: in-force}]}\n";

    /** A strong ISSP band next to a weak JNIM band in NE-6, planned once. */
    private static ArmedUnit[] planOnce(String yaml, long seed) {
        SahelModel m = MicroWorld.start(MicroWorld.config(yaml), seed, List.of(new Ceasefire()));
        ArmedUnit hunter = m.addUnit(Faction.ISSP, UnitKind.BAND, 400, 1.0, 10, 20);
        ArmedUnit prey = m.addUnit(Faction.JNIM, UnitKind.BAND, 40, 1.0, 13, 20);
        Decisions d = new Decisions();
        d.reset(m);
        d.apply(m);
        return new ArmedUnit[] {hunter, prey};
    }

    @Test
    void aStrongBandHuntsAWeakRivalWithoutATruceButNotUnderOne() {
        int seeds = 30;
        int hunted = 0;
        for (long seed = 1; seed <= seeds; seed++) {
            ArmedUnit[] free = planOnce("", seed);
            hunted += free[0].quarry == free[1] ? 1 : 0;
            ArmedUnit[] bound = planOnce(TRUCE, seed);
            assertNotEquals(bound[1], bound[0].quarry, "hunts its ceasefire partner, seed " + seed);
        }
        assertTrue(hunted >= 0.8 * seeds, "without a truce the band hunts its weak rival in only " + hunted + " of "
                + seeds + " seeds (need >= 80%, or the test shows nothing)");
    }

    @Test
    void thePartnersStrengthNeitherAttractsNorRepelsInsideTheScope() {
        SahelModel m = MicroWorld.start(MicroWorld.config(TRUCE), 1, List.of(new Ceasefire()));
        ArmedUnit u = m.addUnit(Faction.ISSP, UnitKind.BAND, 400, 1.0, 10, 20);
        m.addUnit(Faction.JNIM, UnitKind.BAND, 40, 1.0, 13, 20);
        m.addUnit(Faction.JNIM, UnitKind.BAND, 40, 1.0, 50, 20);
        Presence presence = new Presence(m.map.width, m.map.height);
        presence.update(m);
        assertEquals(0.0, Utility.enemyTerm(m, presence, u, 13, 20), 1e-12, "partner inside the scope is not an enemy");
        assertTrue(Utility.enemyTerm(m, presence, u, 50, 20) > 0, "outside the scope it still is");
        assertEquals(40.0, Utility.truceSpared(m, presence, Faction.ISSP, 13, 20), 1e-9);
    }

    @Test
    void groundHeldByThePartnerInsideTheScopeHasNoFrontierValue() {
        SahelModel m = MicroWorld.start(MicroWorld.config(TRUCE), 1, List.of(new Ceasefire()));
        ArmedUnit u = m.addUnit(Faction.ISSP, UnitKind.BAND, 100, 1.0, 10, 20);
        Presence presence = new Presence(m.map.width, m.map.height);
        presence.update(m);
        int cell = m.map.index(12, 25);
        double unheld = Utility.score(m, presence, u, cell);
        m.territory.assign(cell, Faction.JNIM.ordinal(), 0);
        double partner = Utility.score(m, presence, u, cell);
        assertEquals(m.config.movement().wFrontier(), unheld - partner, 1e-9);
    }
}

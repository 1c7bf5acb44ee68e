package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.ClashEvent;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Indicator;
import org.sahelsim.model.Pact;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.TruceScope;
import org.sahelsim.model.UnitKind;
import org.sahelsim.testing.MicroWorld;

/** The breakdown drivers measured on hand-built situations. */
class TruceDriversTest {

    private static SahelModel empty() {
        return MicroWorld.start(MicroWorld.config(""), 1, List.of());
    }

    private static Pact pact(Faction a, Faction b, TruceScope scope) {
        Pact p = new Pact(a, b, false);
        p.scope = scope;
        p.sideA = Ceasefire.side(a, scope);
        p.sideB = Ceasefire.side(b, scope);
        return p;
    }

    private static ClashEvent event(SahelModel m, int x, int y, Faction attacker, Faction defender) {
        return new ClashEvent(0, m.date(), m.map.index(x, y), "", attacker, defender, ClashEvent.Type.CLASH, 1, 1, 0, "");
    }

    @Test
    void aGeneralDealWithAStateBindsItsMilitiasALocalOneOnlyTheNamedParties() {
        TruceScope local = TruceScope.of(MicroWorld.MAP, List.of("NE-6"), null, 0);
        int general = Ceasefire.side(Faction.MALI, TruceScope.everywhere());
        assertTrue((general & (1 << Faction.DOZO.ordinal())) != 0);
        assertTrue((general & (1 << Faction.TUAREG_MILITIA.ordinal())) != 0);
        assertEquals(0, general & (1 << Faction.AFRICA_CORPS.ordinal()), "Africa Corps is not bound");
        assertEquals(0, general & (1 << Faction.VDP.ordinal()), "another country's militia is not bound");
        assertEquals(1 << Faction.MALI.ordinal(), Ceasefire.side(Faction.MALI, local));
        assertEquals(1 << Faction.JNIM.ordinal(), Ceasefire.side(Faction.JNIM, TruceScope.everywhere()));
    }

    @Test
    void contactCountsUnitsOfOneSideNextToTheOtherInsideTheScope() {
        SahelModel m = empty();
        Pact p = pact(Faction.ISSP, Faction.JNIM, TruceScope.of(m.map, List.of("NE-6"), null, 0));
        m.addUnit(Faction.ISSP, UnitKind.BAND, 50, 1, 10, 10);
        m.addUnit(Faction.JNIM, UnitKind.BAND, 50, 1, 11, 11);
        m.addUnit(Faction.ISSP, UnitKind.BAND, 50, 1, 20, 20);
        m.addUnit(Faction.JNIM, UnitKind.BAND, 50, 1, 22, 20);
        m.addUnit(Faction.ISSP, UnitKind.BAND, 50, 1, 40, 20);
        m.addUnit(Faction.JNIM, UnitKind.BAND, 50, 1, 41, 20);
        assertEquals(1, TruceDrivers.contacts(m, p), "adjacent pair inside NE-6 only; two cells apart and NG-SO do not count");
    }

    @Test
    void violationsAndSpoilersInsideTheScope() {
        SahelModel m = empty();
        Pact p = pact(Faction.ISSP, Faction.JNIM, TruceScope.of(m.map, List.of("NE-6"), null, 0));
        m.weekEvents.add(event(m, 5, 5, Faction.ISSP, Faction.JNIM));
        m.weekEvents.add(event(m, 5, 5, Faction.ISWAP, Faction.JNIM));
        m.weekEvents.add(event(m, 5, 5, Faction.NIGER, Faction.JNIM));
        m.weekEvents.add(event(m, 45, 5, Faction.ISWAP, Faction.JNIM));
        m.weekEvents.add(event(m, 45, 5, Faction.JNIM, Faction.ISSP));
        TruceDrivers.events(m, p);
        assertEquals(1, p.violations, "ISSP-JNIM inside; the one in NG-SO is outside");
        assertEquals(1, p.spoilers, "ISWAP (ISSP's ally) on JNIM inside; Niger is hostile to ISSP too, so not a spoiler");
    }

    @Test
    void spoilerIsAnUnboundFactionNotHostileToTheVictimsPartner() {
        SahelModel m = empty();
        Pact p = pact(Faction.JNIM, Faction.MALI, TruceScope.everywhere());
        assertTrue(TruceDrivers.spoiler(m, p, Faction.AFRICA_CORPS, Faction.JNIM), "Mali's ally hits JNIM");
        assertFalse(TruceDrivers.spoiler(m, p, Faction.DOZO, Faction.JNIM), "Dozo is bound by Mali's general deal");
        assertFalse(TruceDrivers.spoiler(m, p, Faction.ISSP, Faction.MALI), "ISSP is hostile to JNIM");
        assertFalse(TruceDrivers.spoiler(m, p, Faction.ISSP, Faction.ISWAP), "the victim is no party");
    }

    @Test
    void competitionIsTheShareOfHeldResidentsOnTheSharedFrontier() {
        SahelModel m = empty();
        Pact p = pact(Faction.ISSP, Faction.JNIM, TruceScope.of(m.map, List.of("NE-6"), null, 0));
        m.territory.assign(m.map.index(10, 10), Faction.ISSP.ordinal(), 0);
        m.territory.assign(m.map.index(11, 10), Faction.JNIM.ordinal(), 0);
        m.territory.assign(m.map.index(12, 11), Faction.JNIM.ordinal(), 0);
        int[] cells = new int[m.map.cells()];
        for (int c = 0; c < cells.length; c++) {
            cells[c] = c;
        }
        assertEquals(2.0 / 3.0, TruceDrivers.frontierShare(m, p, cells), 1e-9, "two of three held cells are on the frontier; the diagonal one is not");
        m.territory.assign(m.map.index(12, 11), -1, 0);
        m.territory.assign(m.map.index(11, 10), -1, 0);
        assertEquals(0.0, TruceDrivers.frontierShare(m, p, cells), 1e-9, "no frontier");
    }

    @Test
    void defectionsBetweenThePartiesAreBoundedByBothSidesOfTheFlow() {
        SahelModel m = empty();
        Pact p = pact(Faction.ISSP, Faction.JNIM, TruceScope.everywhere());
        m.indicators.set(Indicator.DEFECTIONS_OUT, Faction.JNIM, 30);
        m.indicators.set(Indicator.DEFECTIONS_IN, Faction.ISSP, 12);
        m.indicators.set(Indicator.LEADERS_KILLED, Faction.ISSP, 1);
        TruceDrivers.measure(m, p, new int[0]);
        assertEquals(12, p.defections, 1e-9);
        assertEquals(1, p.leadersKilled);
    }
}

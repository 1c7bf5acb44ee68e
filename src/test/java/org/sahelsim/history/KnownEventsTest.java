package org.sahelsim.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.geo.WorldResources;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Region;

/**
 * The mapping and the placement on known events of the extract. Skipped when the extract is
 * absent. Each case names the UCDP event id, so it can be looked up.
 */
class KnownEventsTest {
    private final EventPlacer placer = new EventPlacer(WorldResources.load(0.1));

    /** Tongo-Tongo, 4 Oct 2017: Niger's army (with US soldiers) against IS in Tillabéri, so ISGS/ISSP. */
    @Test
    void tongoTongoIsNigerAgainstIssp() throws Exception {
        assertSides(243959, "NE-6", List.of(Faction.NIGER), List.of(Faction.ISSP));
    }

    @Test
    void isInBornoIsIswap() throws Exception {
        assertSides(259969, "NG-BO", List.of(Faction.ISWAP), List.of());
    }

    @Test
    void isInDiffaIsIswapButInMenakaIsIssp() throws Exception {
        assertSides(240905, "NE-2", List.of(Faction.NIGER), List.of(Faction.ISWAP));
        assertSides(253011, "ML-9", List.of(Faction.MALI), List.of(Faction.ISSP));
    }

    @Test
    void firstIsspJnimBattleInTheData() throws Exception {
        assertSides(349699, "BF-12", List.of(Faction.ISSP), List.of(Faction.JNIM));
    }

    @Test
    void militiasMapToTheirFactions() throws Exception {
        assertSides(254942, "ML-5", List.of(Faction.DOZO), List.of());
        assertSides(247388, "BF-12", List.of(Faction.JNIM), List.of(Faction.VDP));
        assertSides(240560, "ML-9", List.of(Faction.TUAREG_MILITIA), List.of(Faction.ISSP));
    }

    @Test
    void bokoHaramIsNotModelled() throws Exception {
        assertSides(237434, "NG-BO", List.of(), List.of());
    }

    @Test
    void togoAndVagueLocationsAreLeftOut() throws Exception {
        assertNull(placer.region(HistoryTestSupport.event(284350)), "Togo is not a study country");
        UcdpEvent benin = HistoryTestSupport.event(286788);
        assertTrue(benin.wherePrec() > Derivation.bundledSpec().maxWherePrec(), "IS in Atacora, only a border area known");
        assertTrue(HistoryTestSupport.derivation().activity().events().stream().noneMatch(p -> p.event().id() == 286788));
    }

    @Test
    void everyActorOfTheExtractIsMappedOrListed() throws Exception {
        for (UcdpEvent e : HistoryTestSupport.events()) {
            ActorMapping.factions(e.sideA(), "ML-1", "MLI");
            ActorMapping.factions(e.sideB(), "ML-1", "MLI");
        }
    }

    private void assertSides(long id, String region, List<Faction> a, List<Faction> b) throws Exception {
        UcdpEvent e = HistoryTestSupport.event(id);
        Region r = placer.region(e);
        assertEquals(region, r.code(), "region of event " + id);
        assertEquals(a, ActorMapping.factions(e.sideA(), r.code(), r.country()), "side A of event " + id + ": " + e.sideA());
        assertEquals(b, ActorMapping.factions(e.sideB(), r.code(), r.country()), "side B of event " + id + ": " + e.sideB());
    }
}

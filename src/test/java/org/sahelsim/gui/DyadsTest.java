package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.ClashEvent;
import org.sahelsim.model.Faction;

class DyadsTest {
    @Test
    void sidesPairUpInEitherOrder() {
        assertEquals(Dyads.Dyad.ISSP_JNIM, Dyads.of(Faction.JNIM, Faction.ISSP));
        assertEquals(Dyads.Dyad.ISSP_STATE, Dyads.of(Faction.AFRICA_CORPS, Faction.ISSP));
        assertEquals(Dyads.Dyad.JNIM_STATE, Dyads.of(Faction.JNIM, Faction.VDP));
        assertEquals(Dyads.Dyad.ISWAP_STATE, Dyads.of(Faction.NIGERIA, Faction.ISWAP));
        assertEquals(Dyads.Dyad.ISSP_ISWAP, Dyads.of(Faction.ISWAP, Faction.ISSP));
        assertEquals(Dyads.Dyad.JNIM_ISWAP, Dyads.of(Faction.JNIM, Faction.ISWAP));
        assertEquals(Dyads.Dyad.OTHER, Dyads.of(Faction.MALI, Faction.DOZO));
        assertEquals(Dyads.Dyad.OTHER, Dyads.of(Faction.JNIM, Faction.JNIM));
    }

    @Test
    void eventsAreCountedPerDyad() {
        LocalDate d = LocalDate.of(2026, 6, 1);
        List<ClashEvent> events = List.of(
                new ClashEvent(0, d, 5, "", Faction.ISSP, Faction.JNIM, ClashEvent.Type.CLASH, 1, 2, 0, ""),
                new ClashEvent(0, d, 5, "", Faction.JNIM, Faction.ISSP, ClashEvent.Type.CLASH, 1, 2, 0, ""),
                new ClashEvent(0, d, 9, "", Faction.JNIM, Faction.MALI, ClashEvent.Type.RAID, 3, 1, 2, "Mopti"));
        assertArrayEquals(new int[] {2, 0, 1, 0, 0, 0, 0}, Dyads.count(events));
    }
}

package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.ClashEvent;
import org.sahelsim.model.Faction;
import org.sahelsim.model.SahelModel;
import org.sahelsim.testing.MicroWorld;

class RecentViolenceTest {
    @Test
    void deathsCountAroundTheEventForTwelveWeeksThenLeave() {
        SahelModel m = MicroWorld.start(MicroWorld.config("forces: []\n"), 1, List.of());
        RecentViolence v = new RecentViolence();
        v.reset(m);
        int cell = m.map.index(10, 10);
        m.weekEvents.add(new ClashEvent(0, m.date(), cell, "NE-6", Faction.JNIM, Faction.NIGER, ClashEvent.Type.CLASH,
                3, 4, 2, ""));
        v.record(m);
        m.weekEvents.clear();
        assertEquals(9f, v.at(cell));
        assertEquals(9f, v.at(m.map.index(11, 9)));
        assertEquals(0f, v.at(m.map.index(12, 10)));
        for (int w = 1; w < RecentViolence.WEEKS; w++) {
            v.record(m);
        }
        assertEquals(9f, v.at(cell), "still inside the window after " + RecentViolence.WEEKS + " weeks");
        v.record(m);
        assertEquals(0f, v.at(cell));
        assertEquals(0f, (float) sum(v.snapshot()));
    }

    private static double sum(float[] a) {
        double s = 0;
        for (float f : a) {
            s += f;
        }
        return s;
    }
}

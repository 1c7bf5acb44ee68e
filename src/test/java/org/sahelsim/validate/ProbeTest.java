package org.sahelsim.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.geo.WorldResources;
import org.sahelsim.model.ClashEvent;
import org.sahelsim.model.Faction;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.config.ScenarioConfig;
import org.sahelsim.testing.Runs;

/** The probe's series against the model's own statistics, and the places of the patterns. */
class ProbeTest {
    private static final int WEEKS = 26;
    private final ScenarioConfig config = Runs.scenario("historical-2020.yaml", WEEKS);

    @Test
    void seriesMatchTheWeeklyStatisticsAndEvents() {
        SahelModel m = new SahelModel(5, WorldResources.load(config.resolution()), config);
        m.start();
        Probe probe = new Probe(m, Places.of(m), ValidationInputs.current(), WEEKS);
        List<Integer> jnim = new ArrayList<>();
        int events = 0;
        int isspEvents = 0;
        for (int w = 0; w < WEEKS; w++) {
            m.schedule.step(m);
            probe.observe(m);
            jnim.add(m.lastStats.fighters()[Faction.JNIM.ordinal()]);
            for (ClashEvent e : m.weekEvents) {
                events += m.studyCountry[e.cell()] >= 0 ? 1 : 0;
                isspEvents += e.attacker() == Faction.ISSP || e.defender() == Faction.ISSP ? 1 : 0;
            }
        }
        RunObservations o = probe.finish(0, 5);
        for (int w = 0; w < WEEKS; w++) {
            assertEquals(jnim.get(w), o.series(Series.JNIM_FIGHTERS)[w], 0.0, "week " + w);
        }
        double byCountry = 0;
        for (Series s : Series.EVENTS_BY_COUNTRY) {
            byCountry += java.util.Arrays.stream(o.series(s)).sum();
        }
        assertEquals(events, byCountry, 0.0);
        assertTrue(events > 0, "the first half of 2020 has violence");
        assertEquals(isspEvents, java.util.Arrays.stream(o.series(Series.ISSP_EVENTS)).sum(), 0.0);
        assertEquals(config.start(), o.date(0));
        assertTrue(o.has(Series.ISSP_JNIM_TRUCE) && o.has(Series.CORRIDOR_CONNECTED) && o.has(Series.ISSP_COMPLEX_RAID),
                "the ceasefire, corridor and capability series are recorded");
        assertEquals(0.0, java.util.Arrays.stream(o.series(Series.CORRIDOR_CONNECTED)).sum(),
                "the historical corridor opens in March 2022, not in 2020");
        assertEquals(0.0, java.util.Arrays.stream(o.series(Series.ISSP_COMPLEX_RAID)).sum(),
                "ISSP starts at IEDs and cannot learn complex raids before the corridor opens");
        assertEquals(1.0, o.series(Series.MENAKA_TOWN_PRO_GOVERNMENT)[0], "Ménaka town starts with its garrison");
    }

    @Test
    void placesAreWhereThePatternsSay() {
        SahelModel m = new SahelModel(5, WorldResources.load(0.1), config);
        m.start();
        Places p = Places.of(m);
        SahelMap map = m.map;
        assertEquals("ML-9", map.regionOf(p.menakaTown()).code());
        assertEquals(680, p.menakaRegion().length, "Ménaka's land cells at 0.1 deg");
        assertEquals(11 + 13 + 8 + 12 + 9, p.theatre().length, "MLI, BFA, NER, BEN and nine Nigerian states");
        assertEquals(5, p.nearCells());
        assertTrue(p.belt().length > 500, "belt cells: " + p.belt().length);
        for (int c : p.belt()) {
            assertTrue(Places.BELT_REGIONS.contains(map.regionOf(c).code()));
            assertTrue(map.lat(c / map.width) < 15.0, "the belt follows the border, at lat " + map.lat(c / map.width));
        }
        for (int c : p.northBenin()) {
            assertTrue(Places.NORTH_BENIN.contains(map.regionOf(c).code()));
        }
        assertEquals(179 + 225, p.northBenin().length);
    }
}

package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.gui.ScenarioSource.Scenario;
import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Site;

/** What the cell and unit inspectors show is the model's state. */
class ProbesTest {
    private static SahelModel baseline(int weeks) {
        Scenario s = new TestScenarios().load(TestScenarios.BASELINE, java.util.Map.of());
        SahelModel m = new SahelModel(3, s.map(), s.config());
        m.start();
        for (int w = 0; w < weeks; w++) {
            m.schedule.step(m);
        }
        return m;
    }

    private static List<String> names(Readout r) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < r.numProperties(); i++) {
            out.add(r.getName(i));
        }
        return out;
    }

    @Test
    void aCellShowsItsRegionPopulationControllerInfluencesAndGrievance() {
        SahelModel m = baseline(4);
        Site menaka = m.map.site("Ménaka");
        int cell = m.map.index(m.map.x(menaka.lon()), m.map.y(menaka.lat()));
        CellProbe p = new CellProbe(m, cell);
        assertTrue(p.getRegion().contains("(ML-9)"), p.getRegion());
        assertEquals("MLI", p.getCountry());
        assertTrue(p.getSite().startsWith("Ménaka"), p.getSite());
        assertEquals(Math.round(m.map.population[cell]), p.getPopulation());
        String controller = m.territory.controllerOf(cell) == null ? "nobody" : m.territory.controllerOf(cell).label;
        assertEquals(controller, p.getController());
        assertTrue(p.getInfluences().contains("Africa Corps"), p.getInfluences());
        assertEquals(m.grievance.total(cell), p.getGrievance(), 1e-3);
        assertEquals(List.of("Location", "Country", "Region", "Site", "Population", "Controller", "Contested",
                "Entrenchment", "Influences", "Grievance", "Drone suppression", "Units here"), names(p.readout()));
    }

    @Test
    void aUnitShowsItsFactionFightersCohesionCapabilityAndOrders() {
        SahelModel m = baseline(2);
        MapView view = new MapView(m);
        ArmedUnit u = m.units.stream().filter(ArmedUnit::isMobile).findFirst().orElseThrow();
        UnitProbe p = new UnitProbe(u, view);
        assertEquals(u.faction.label, p.getFaction());
        assertEquals(u.fighters, p.getFighters());
        assertEquals(u.cohesion, p.getCohesion(), 1e-3);
        assertEquals(u.orders.name().toLowerCase(java.util.Locale.ROOT), p.getOrders());
        String cap = m.state(u.faction).capability.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        assertTrue(p.getCapability().startsWith(cap), p.getCapability());
        Readout r = p.readout();
        assertEquals(List.of("Faction", "Kind", "Fighters", "Cohesion", "Capability", "Orders", "Location", "Destination",
                "Home", "Site", "Recent losses", "Alive"), names(r));
        assertEquals(u.fighters, r.getValue(2));
        u.fighters += 7;
        assertEquals(u.fighters, r.getValue(2), "the readout follows the unit");
    }
}

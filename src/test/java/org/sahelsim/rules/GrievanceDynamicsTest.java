package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.ClashEvent;
import org.sahelsim.model.Faction;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.config.GrievanceParams;
import org.sahelsim.testing.MicroWorld;

/** The grievance formulas: baseline, raises from events with their spread, and decay. */
class GrievanceDynamicsTest {
    private static final int X = 20;
    private static final int Y = 20;

    private static SahelModel world(String yaml, GrievanceDynamics g) {
        SahelModel m = MicroWorld.start(MicroWorld.config(yaml), 1, List.of());
        g.reset(m);
        return m;
    }

    private static void event(SahelModel m, Faction attacker, int civilians) {
        m.weekEvents.clear();
        m.weekEvents.add(new ClashEvent(0, m.date(), m.map.index(X, Y), "NE-6", attacker, Faction.JNIM,
                ClashEvent.Type.CLASH, 3, 5, civilians, ""));
    }

    @Test
    void baselineIsOneMinusTheCountrysLegitimacy() {
        GrievanceDynamics g = new GrievanceDynamics();
        SahelModel m = world("recruitment: {grievance: {legitimacy: 0.6, legitimacyByCountry: {NER: 0.9}}}\n", g);
        assertEquals(0.1, m.grievance.total(m.map.index(5, 5)), 1e-6, "west half is Niger");
        assertEquals(0.4, m.grievance.total(m.map.index(50, 5)), 1e-6, "east half is Nigeria: the default");
    }

    @Test
    void anAbusiveOperationRaisesGrievanceAroundItWithWeightOneOverOnePlusD() {
        GrievanceDynamics g = new GrievanceDynamics();
        SahelModel m = world("", g);
        GrievanceParams p = m.config.recruitment().grievance();
        double base = g.baseline(m.map.index(X, Y));
        event(m, Faction.AFRICA_CORPS, 0);
        g.absorb(m);
        double lasting = p.displacement() + p.abuseForeign();
        for (int d = 0; d <= p.spreadCells(); d++) {
            assertEquals(base + lasting / (1 + d) * (1 - base), m.grievance.total(m.map.index(X + d, Y)), 1e-6, "distance " + d);
        }
        assertEquals(base, m.grievance.total(m.map.index(X + p.spreadCells() + 1, Y)), 1e-9, "beyond the spread");
    }

    @Test
    void jihadistAttacksOnlyDisplace() {
        GrievanceDynamics g = new GrievanceDynamics();
        SahelModel m = world("", g);
        GrievanceParams p = m.config.recruitment().grievance();
        double base = g.baseline(m.map.index(X, Y));
        event(m, Faction.ISSP, 10);
        g.absorb(m);
        assertEquals(base + p.displacement() * (1 - base), m.grievance.total(m.map.index(X, Y)), 1e-6);
        assertEquals(0.0, m.grievance.backlash[m.map.index(X, Y)], 0.0, "civilians killed by jihadists raise no backlash against the state");
    }

    @Test
    void civiliansKilledByTheStateRaiseABacklashThatFadesWithinFourWeeks() {
        GrievanceDynamics g = new GrievanceDynamics();
        SahelModel m = world("", g);
        GrievanceParams p = m.config.recruitment().grievance();
        int cell = m.map.index(X, Y);
        event(m, Faction.NIGER, 4);
        g.absorb(m);
        double first = m.grievance.backlash[cell];
        assertEquals(Math.min(1, 4 * p.civilianBacklash()), first, 1e-6);
        for (int w = 0; w < 4; w++) {
            g.decay(m);
        }
        assertTrue(m.grievance.backlash[cell] < 0.07 * first, "after 4 weeks the backlash is below 7% (Condra and Shapiro 2012)");
    }

    @Test
    void grievanceRelaxesTowardItsBaselineAndThenSettles() {
        GrievanceDynamics g = new GrievanceDynamics();
        SahelModel m = world("", g);
        GrievanceParams p = m.config.recruitment().grievance();
        int cell = m.map.index(X, Y);
        double base = g.baseline(cell);
        m.grievance.raise(cell, 0.4);
        double excess = m.grievance.level[cell] - base;
        for (int w = 0; w < 77; w++) {
            g.decay(m);
        }
        assertEquals(excess * Math.pow(1 - p.levelDecay(), 77), m.grievance.level[cell] - base, 1e-5, "exponential relaxation");
        assertTrue(m.grievance.level[cell] - base < 0.51 * excess, "half-life about 77 weeks at the default");
        for (int w = 0; w < 2000 && m.grievance.activeCount() > 0; w++) {
            g.decay(m);
        }
        assertEquals(0, m.grievance.activeCount(), "every cell settles");
        assertEquals(base, m.grievance.level[cell], 0.0, "exactly at the baseline once settled");
    }

    @Test
    void unknownCountryIsRejectedWithTheAllowedCodes() {
        String message = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> MicroWorld.config("recruitment: {grievance: {legitimacyByCountry: {TCD: 0.5}}}\n")).getMessage();
        assertTrue(message.contains("TCD") && message.contains("MLI, BFA, NER, NGA, BEN"), message);
    }
}

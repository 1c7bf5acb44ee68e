package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.config.CombatParams;
import org.sahelsim.testing.MicroWorld;
import org.junit.jupiter.api.Test;

/**
 * The share of a unit engaged follows the power law of attack-unit sizes (Bohorquez et al. 2009),
 * P(φ) ∝ φ^-α on engagedShareMin..1: checked on 200,000 draws against its quantiles.
 */
class EngagedShareTest {
    @Test
    void drawsFollowTheTruncatedPowerLaw() {
        SahelModel m = MicroWorld.start(MicroWorld.config(""), 11, List.of());
        CombatParams p = m.config.combat();
        int n = 200_000;
        double[] phi = new double[n];
        for (int i = 0; i < n; i++) {
            phi[i] = Attrition.engagedShare(m, p);
            assertTrue(phi[i] >= p.engagedShareMin() && phi[i] <= 1.0, "within engagedShareMin..1: " + phi[i]);
        }
        Arrays.sort(phi);
        double a = p.engagedExponent() - 1;
        double median = p.engagedShareMin() * Math.pow(2, 1 / a);
        assertEquals(median, phi[n / 2], 0.02 * median, "median φmin·2^(1/(α-1))");
        for (double x : new double[] {0.1, 0.2, 0.5}) {
            double tail = Arrays.stream(phi).filter(v -> v > x).count() / (double) n;
            double expected = Math.pow(x / p.engagedShareMin(), -a);
            assertEquals(expected, tail, 0.05 * expected + 0.001, "P(φ > " + x + ") = (x/φmin)^-(α-1)");
        }
        double whole = Arrays.stream(phi).filter(v -> v == 1.0).count() / (double) n;
        assertEquals(Math.pow(1 / p.engagedShareMin(), -a), whole, 0.001, "the tail beyond 1 engages the whole unit");
    }
}

package org.sahelsim.scenario;

import java.util.List;
import org.sahelsim.model.Param;

/**
 * A full factorial design: every combination of the factors' values is one point, the last
 * factor varying fastest.
 *
 * @param factors the parameters and their values, at least one
 */
public record Factorial(@Param(doc = "the parameters and the values each takes") List<DesignFactor> factors)
        implements ExperimentDesign {

    public Factorial {
        factors = List.copyOf(factors);
        if (factors.isEmpty()) {
            throw new IllegalArgumentException("a factorial design needs at least one factor");
        }
        long n = 1;
        for (DesignFactor f : factors) {
            n *= f.values().size();
            if (n > MAX_POINTS) {
                throw new IllegalArgumentException("the factorial design has more than " + MAX_POINTS + " points");
            }
        }
    }

    @Override
    public int points() {
        int n = 1;
        for (DesignFactor f : factors) {
            n *= f.values().size();
        }
        return n;
    }
}

package org.sahelsim.batch;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.scenario.ExperimentSeeds;

/**
 * The seeds of a batch's replicates (STYLE habit 4, as MASON's ParameterSweep does): replicate i
 * gets {@code first + i}, or the i-th seed of an explicit list. Every arm runs on this same list,
 * so replicate i of two arms shares its random numbers wherever the arms behave alike (common
 * random numbers), and their difference is paired.
 */
public final class SeedPlan {
    private SeedPlan() {
    }

    /**
     * @param replicates number of replicates, 1 or more
     * @throws IllegalArgumentException if an explicit list is shorter than {@code replicates}, or
     *                                  {@code first + replicates - 1} overflows
     */
    public static List<Long> seeds(ExperimentSeeds spec, int replicates) {
        if (replicates < 1) {
            throw new IllegalArgumentException("replicates must be at least 1, got " + replicates);
        }
        if (!spec.list().isEmpty()) {
            if (replicates > spec.list().size()) {
                throw new IllegalArgumentException(replicates + " replicates need " + replicates
                        + " seeds but seeds.list has " + spec.list().size());
            }
            return List.copyOf(spec.list().subList(0, replicates));
        }
        List<Long> out = new ArrayList<>(replicates);
        for (int i = 0; i < replicates; i++) {
            out.add(Math.addExact(spec.first(), i));
        }
        return List.copyOf(out);
    }
}

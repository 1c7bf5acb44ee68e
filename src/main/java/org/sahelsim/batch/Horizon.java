package org.sahelsim.batch;

import org.sahelsim.model.config.ScenarioConfig;

/** Applies a command line's {@code --weeks} or {@code --until} to an arm's scenario. */
final class Horizon {
    private Horizon() {
    }

    static ScenarioConfig apply(ScenarioConfig c, BatchPlan.Options options) {
        if (options.weeks() != null && options.until() != null) {
            throw new IllegalArgumentException("give only one of --weeks and --until");
        }
        if (options.until() != null) {
            if (!options.until().isAfter(c.start())) {
                throw new IllegalArgumentException("--until " + options.until() + " must be after the scenario start "
                        + c.start());
            }
            return c.withEnd(options.until());
        }
        if (options.weeks() != null) {
            if (options.weeks() < 1 || options.weeks() > 5200) {
                throw new IllegalArgumentException("--weeks " + options.weeks() + " is out of range; allowed 1..5200");
            }
            return c.withWeeks(options.weeks());
        }
        return c;
    }
}

package org.sahelsim.batch;

import java.nio.file.Path;
import java.util.List;
import org.sahelsim.model.config.ScenarioConfig;
import org.sahelsim.scenario.Origin;
import org.sahelsim.scenario.ScenarioException;

/**
 * Arms are compared week by week and cell by cell, so they must share the start date, the number
 * of weeks and the grid. An arm whose overrides change one of them is an error, not a silent
 * misalignment.
 */
final class Comparability {
    private Comparability() {
    }

    static void check(Path file, List<BatchPlan.Arm> arms) {
        ScenarioConfig first = arms.get(0).config();
        for (BatchPlan.Arm arm : arms.subList(1, arms.size())) {
            ScenarioConfig c = arm.config();
            require(file, arm, "start", first.start().equals(c.start()), first.start(), c.start());
            require(file, arm, "weeks", first.totalWeeks() == c.totalWeeks(), first.totalWeeks(), c.totalWeeks());
            require(file, arm, "resolution", first.resolution() == c.resolution(), first.resolution(), c.resolution());
        }
    }

    private static void require(Path file, BatchPlan.Arm arm, String what, boolean same, Object first, Object now) {
        if (!same) {
            throw new ScenarioException(ScenarioException.Kind.RECORD_CHECK, Origin.of(file.toString()), "arms",
                    "arm '" + arm.name() + "' has " + what + " " + now + " but the first arm has " + first
                            + "; arms must share start, weeks and resolution to be compared");
        }
    }
}

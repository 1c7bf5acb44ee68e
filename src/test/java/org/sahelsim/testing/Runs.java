package org.sahelsim.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sahelsim.batch.SingleRun;
import org.sahelsim.geo.WorldResources;
import org.sahelsim.model.config.ScenarioConfig;
import org.sahelsim.output.RunKey;
import org.sahelsim.rules.RuleSet;
import org.sahelsim.scenario.Scenarios;

/** Runs bundled scenarios into folders for tests. */
public final class Runs {
    private Runs() {
    }

    /** Loads a bundled scenario, shortened to {@code weeks}. */
    public static ScenarioConfig scenario(String file, int weeks) {
        return Scenarios.load(Path.of("scenarios", file)).value().withWeeks(weeks);
    }

    /** Runs without maps into {@code dir} (created) and returns it. */
    public static Path run(ScenarioConfig c, long seed, Path dir) throws IOException {
        Files.createDirectories(dir);
        SingleRun.execute(new RunKey(c.name() + "-" + seed, seed), c, WorldResources.load(c.resolution()),
                RuleSet.standard(), dir, null);
        return dir;
    }
}

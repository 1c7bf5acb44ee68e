package org.sahelsim.validate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.Submodel;
import org.sahelsim.model.config.ScenarioConfig;
import org.sahelsim.output.JsonOut;
import org.sahelsim.output.Provenance;
import org.sahelsim.output.RunKey;

/**
 * Pattern-oriented validation of a scenario (docs/odd/calibration.md): runs the replicates, scores
 * each pattern as the share of replicates in which it holds, and writes the table, the per-replicate
 * outcomes and the report.
 */
public final class Validation {
    /**
     * @param replicates replicates per arm, 1 or more
     * @param threads    worker threads, 1 or more
     * @param baseSeed   seed of replicate 0; replicate i has {@code baseSeed + i}
     */
    public record Settings(int replicates, int threads, long baseSeed) {
        public Settings {
            if (replicates < 1 || threads < 1) {
                throw new IllegalArgumentException("replicates and threads must be at least 1");
            }
        }
    }

    /**
     * @param scores      the table
     * @param base        observations of the scenario's replicates
     * @param interdicted observations of the counterfactual arm, or null when it was not run
     */
    public record Outcome(List<Score> scores, List<RunObservations> base, List<RunObservations> interdicted) {
    }

    private Validation() {
    }

    /**
     * @param config      the scenario
     * @param interdicted the same scenario with the corridor interdicted, or null when it cannot be made yet
     * @param rules       makes one run's extra submodels
     * @param progress    told each finished replicate's index (from a worker thread)
     */
    public static Outcome run(ScenarioConfig config, ScenarioConfig interdicted, SahelMap map,
                              Supplier<List<Submodel>> rules, ValidationInputs inputs, List<Pattern> patterns,
                              Settings s, IntConsumer progress) {
        List<RunObservations> base = new ReplicateRunner(config, map, rules, inputs)
                .run(s.baseSeed(), s.replicates(), s.threads(), progress);
        List<RunObservations> cf = interdicted == null ? null
                : new ReplicateRunner(interdicted, map, rules, inputs).run(s.baseSeed(), s.replicates(), s.threads(), progress);
        return new Outcome(Scoring.score(patterns, base, cf), base, cf);
    }

    /** Writes validation.csv, replicates.csv, validation.html and provenance.json into {@code dir}. */
    public static void write(Path dir, String scenario, Settings s, List<Pattern> patterns, Outcome o, Provenance p)
            throws IOException {
        ValidationFiles.writeTable(dir, new RunKey("validate-" + scenario, s.baseSeed()), o.scores());
        ValidationFiles.writeReplicates(dir, scenario, patterns, o.base());
        ValidationReport.write(dir, scenario, s.replicates(), s.baseSeed(), o.scores(),
                ValidationCharts.all(scenario, o.base()), p);
        JsonOut.write(dir.resolve("provenance.json"), p);
    }
}

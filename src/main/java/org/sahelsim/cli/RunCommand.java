package org.sahelsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sahelsim.batch.SingleRun;
import org.sahelsim.output.AtomicRunDir;
import org.sahelsim.output.JsonOut;
import org.sahelsim.output.Provenance;
import org.sahelsim.output.ProvenanceCollector;
import org.sahelsim.output.RunKey;
import org.sahelsim.rules.RuleSet;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code run}: one scenario, one seed; writes a results folder atomically. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run one scenario with one seed and write its results folder.",
                "Files: timeseries.csv, events.csv, regions.csv, ceasefires.csv, forces.csv, log.csv, summary.json and control maps (PNG)."})
public final class RunCommand implements Callable<Integer> {
    /** Documented default seed (STYLE habit 4). */
    public static final long DEFAULT_SEED = 42;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file, e.g. scenarios/baseline-2026.yaml.")
    Path scenario;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @ArgGroup(exclusive = true)
    Horizon horizon = new Horizon();

    static final class Horizon {
        @Option(names = "--until", paramLabel = "DATE", description = "Run to this date (ISO, e.g. 2028-01-01) instead of the scenario's end.")
        LocalDate until;

        @Option(names = "--weeks", paramLabel = "N", description = "Run for N weeks instead of to the scenario's end.")
        Integer weeks;
    }

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: results/<scenario>-<seed>-<timestamp>). Must not exist.")
    Path out;

    @Option(names = "--no-maps", description = "Skip the control-map PNGs.")
    boolean noMaps;

    @Option(names = "--quiet", description = "Print only the output folder.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        ScenarioInput in = ScenarioInput.read(scenario, Map.of(), horizon.until, horizon.weeks);
        ProvenanceCollector prov = ProvenanceCollector.start(seed, List.of(spec.commandLine().getParseResult().originalArgs().toArray(new String[0])));
        prov.scenario(in.file());
        for (Path parent : in.loaded().files().subList(1, in.loaded().files().size())) {
            prov.inherited(parent);
        }
        Path target = out != null ? out : AtomicRunDir.defaultPath(in.config().name(), seed, Instant.now());
        if (Files.exists(target)) {
            throw new BadInputException("output folder already exists: " + target + " (choose another --out)");
        }
        PrintWriter o = spec.commandLine().getOut();
        try (AtomicRunDir dir = AtomicRunDir.create(target)) {
            RunKey key = new RunKey(in.config().name() + "-" + seed, seed);
            SingleRun.Snapshot maps = noMaps ? null : new MapSnapshots(in.config().name(), seed);
            SingleRun.Result r = SingleRun.execute(key, in.config(), in.map(), RuleSet.standard(), dir.dir(), maps);
            JsonOut.writeSummary(dir.dir(), summary(in, r, prov.finish()));
            Path done = dir.commit();
            if (!quiet) {
                o.printf("%s: %d weeks to %s, %d violent events, %d deaths%n", in.config().name(), r.weeks(),
                        r.endDate(), r.events(), r.deaths());
            }
            o.println(done);
        }
        return SahelCli.OK;
    }

    private static Map<String, Object> summary(ScenarioInput in, SingleRun.Result r, Provenance p) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("run_id", r.key().runId());
        s.put("seed", r.key().seed());
        s.put("scenario", in.config().name());
        s.put("start", in.config().start().toString());
        s.put("end", r.endDate().toString());
        s.put("weeks", r.weeks());
        s.put("resolution_deg", in.config().resolution());
        s.put("violent_events", r.events());
        s.put("deaths", r.deaths());
        s.put("final", r.finalFigures());
        s.put("provenance", p);
        return s;
    }
}

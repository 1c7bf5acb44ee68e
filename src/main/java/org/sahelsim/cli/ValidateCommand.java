package org.sahelsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.sahelsim.output.AtomicRunDir;
import org.sahelsim.output.ProvenanceCollector;
import org.sahelsim.rules.RuleSet;
import org.sahelsim.validate.Pattern;
import org.sahelsim.validate.ScoreTable;
import org.sahelsim.validate.StandardPatterns;
import org.sahelsim.validate.Validation;
import org.sahelsim.validate.ValidationInputs;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate}: the historical patterns P1-P9 scored over many seeds (docs/odd/calibration.md). */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Run the historical scenario over N seeds in parallel and score the patterns P1-P9",
                "as the share of replicates in which each holds.",
                "Files: validation.csv, replicates.csv, validation.html, provenance.json."})
public final class ValidateCommand implements Callable<Integer> {
    public static final String DEFAULT_SCENARIO = "scenarios/historical-2020.yaml";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = DEFAULT_SCENARIO,
            description = "Scenario YAML file (default: ${DEFAULT-VALUE}).")
    Path scenario;

    @Option(names = "--replicates", defaultValue = "50", paramLabel = "N", description = "Replicates (default: ${DEFAULT-VALUE}).")
    int replicates;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: the number of processors).")
    Integer threads;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "BASE",
            description = "Seed of replicate 0; replicate i has BASE + i (default: ${DEFAULT-VALUE}).")
    long baseSeed;

    @ArgGroup(exclusive = true)
    RunCommand.Horizon horizon = new RunCommand.Horizon();

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: results/validate-<scenario>-<timestamp>). Must not exist.")
    Path out;

    @Option(names = "--quiet", description = "Print only the output folder.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (replicates < 1 || replicates > 10_000) {
            throw new BadInputException("--replicates " + replicates + " is out of range; allowed 1..10000");
        }
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (t < 1 || t > 256) {
            throw new BadInputException("--threads " + t + " is out of range; allowed 1..256");
        }
        ScenarioInput in = ScenarioInput.read(scenario, Map.of(), horizon.until, horizon.weeks);
        ValidationInputs inputs = ValidationInputs.current();
        ScenarioInput cf = inputs.hasInterdiction()
                ? ScenarioInput.read(scenario, inputs.interdiction(), horizon.until, horizon.weeks) : null;
        Path target = out != null ? out : AtomicRunDir.defaultPath("validate-" + in.config().name(), baseSeed, Instant.now());
        if (Files.exists(target)) {
            throw new BadInputException("output folder already exists: " + target + " (choose another --out)");
        }
        ProvenanceCollector prov = provenance(in);
        List<Pattern> patterns = StandardPatterns.all();
        Validation.Settings s = new Validation.Settings(replicates, t, baseSeed);
        PrintWriter err = spec.commandLine().getErr();
        int runs = replicates * (cf == null ? 1 : 2);
        AtomicInteger finished = new AtomicInteger();
        Validation.Outcome o = Validation.run(in.config(), cf == null ? null : cf.config(), in.map(), RuleSet::standard,
                inputs, patterns, s, i -> progress(err, finished.incrementAndGet(), runs));
        try (AtomicRunDir dir = AtomicRunDir.create(target)) {
            Validation.write(dir.dir(), in.config().name(), s, patterns, o, prov.finish());
            report(in, o, dir.commit());
        }
        return SahelCli.OK;
    }

    private void report(ScenarioInput in, Validation.Outcome o, Path done) {
        PrintWriter po = spec.commandLine().getOut();
        if (!quiet) {
            po.printf("%s: %d replicates (seeds %d-%d), %d weeks to %s%n", in.config().name(), replicates, baseSeed,
                    baseSeed + replicates - 1, in.config().totalWeeks(), lastDay(in));
            po.print(ScoreTable.render(o.scores()));
        }
        po.println(done);
    }

    private ProvenanceCollector provenance(ScenarioInput in) throws IOException {
        ProvenanceCollector prov = ProvenanceCollector.start(baseSeed, spec.commandLine().getParseResult().originalArgs());
        prov.scenario(in.file());
        for (Path parent : in.loaded().files().subList(1, in.loaded().files().size())) {
            prov.inherited(parent);
        }
        return prov;
    }

    private void progress(PrintWriter err, int n, int total) {
        if (!quiet) {
            synchronized (err) {
                err.printf("validate: %d/%d runs done%n", n, total);
                err.flush();
            }
        }
    }

    private static LocalDate lastDay(ScenarioInput in) {
        return in.config().start().plusWeeks(in.config().totalWeeks());
    }
}

package org.sahelsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sahelsim.calibrate.Calibration;
import org.sahelsim.calibrate.CalibrationFiles;
import org.sahelsim.calibrate.CalibrationSpec;
import org.sahelsim.output.AtomicRunDir;
import org.sahelsim.output.JsonOut;
import org.sahelsim.output.ProvenanceCollector;
import org.sahelsim.rules.RuleSet;
import org.sahelsim.scenario.StrictYamlLoader;
import org.sahelsim.validate.ScoreTable;
import org.sahelsim.validate.StandardPatterns;
import org.sahelsim.validate.ValidationInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code calibrate}: pattern-oriented parameter search (docs/odd/calibration.md, "Calibration procedure"). */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Search the parameters of a calibration file inside their documented ranges: a Latin-hypercube",
                "screen, then a BOBYQA refinement, scoring the historical patterns and the baseline force sizes.",
                "Files: calibration.csv, best.yaml, provenance.json."})
public final class CalibrateCommand implements Callable<Integer> {
    public static final String DEFAULT_SPEC = "scenarios/calibration/historical.yaml";
    /** Seeds the validation reports (the default run and the held-out set); the search must avoid them. */
    static final long[][] VALIDATION_SEEDS = {{1, 50}, {1001, 1050}};

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", defaultValue = DEFAULT_SPEC,
            description = "Calibration file (default: ${DEFAULT-VALUE}).")
    Path file;

    @Option(names = "--points", paramLabel = "N", description = "Latin-hypercube points instead of the file's.")
    Integer points;

    @Option(names = "--replicates", paramLabel = "N", description = "Replicates per scenario and point instead of the file's.")
    Integer replicates;

    @Option(names = "--refine", paramLabel = "N", description = "BOBYQA evaluations instead of the file's (0: screen only).")
    Integer refine;

    @Option(names = "--weeks", paramLabel = "N", description = {"Run both scenarios for N weeks instead of to their ends,",
            "for a quick trial: criteria and 2025 force sizes a short run does not reach add nothing to the objective."})
    Integer weeks;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: the number of processors).")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/calibrate-<seed>-<timestamp>). Must not exist.")
    Path out;

    @Option(names = "--quiet", description = "Print only the output folder.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("calibration file not found: " + file);
        }
        CalibrationSpec s = withOptions(StrictYamlLoader.load(file, CalibrationSpec.class).value());
        checkSeeds(s);
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (t < 1 || t > 256) {
            throw new BadInputException("--threads " + t + " is out of range; allowed 1..256");
        }
        Path target = out != null ? out : AtomicRunDir.defaultPath("calibrate", s.seed(), Instant.now());
        if (Files.exists(target)) {
            throw new BadInputException("output folder already exists: " + target + " (choose another --out)");
        }
        if (weeks != null && (weeks < 1 || weeks > 5200)) {
            throw new BadInputException("--weeks " + weeks + " is out of range; allowed 1..5200");
        }
        Calibration c = new Calibration(s, file, weeks, RuleSet::standard, ValidationInputs.current(),
                StandardPatterns.all(), t);
        c.checkBounds();
        ProvenanceCollector prov = ProvenanceCollector.start(s.seed(), spec.commandLine().getParseResult().originalArgs());
        prov.scenario(file);
        for (Path scenario : c.scenarioFiles()) {
            prov.inherited(scenario);
        }
        PrintWriter err = spec.commandLine().getErr();
        List<Calibration.Point> result = c.run(p -> progress(err, s, p));
        try (AtomicRunDir d = AtomicRunDir.create(target)) {
            CalibrationFiles.write(d.dir(), s, result);
            JsonOut.write(d.dir().resolve("provenance.json"), prov.finish());
            report(c, result, d.commit());
        }
        return SahelCli.OK;
    }

    private CalibrationSpec withOptions(CalibrationSpec s) {
        int p = points != null ? points : s.points();
        int r = replicates != null ? replicates : s.replicates();
        int f = refine != null ? refine : s.refine();
        if (p < 1 || p > 10_000 || r < 1 || r > 1000 || f < 0 || f > 10_000) {
            throw new BadInputException("--points " + p + ", --replicates " + r + ", --refine " + f
                    + ": allowed 1..10000, 1..1000 and 0..10000");
        }
        if (f > 0 && s.parameters().size() < 2) {
            throw new BadInputException(file + ": refine = " + f + " with one parameter: BOBYQA needs at least two;"
                    + " allowed: refine 0 (--refine 0) or two or more parameters");
        }
        return new CalibrationSpec(s.historical(), s.baseline(), s.parameters(), p, r, s.seed(), s.designSeed(), f);
    }

    private void checkSeeds(CalibrationSpec s) {
        long first = s.seed();
        long last = s.seed() + s.replicates() - 1;
        for (long[] v : VALIDATION_SEEDS) {
            if (first <= v[1] && last >= v[0]) {
                throw new BadInputException(file + ": seed = " + first + ": the search seeds " + first + "-" + last
                        + " overlap the validation seeds " + v[0] + "-" + v[1] + "; allowed: seeds disjoint from 1-50 and 1001-1050");
            }
        }
    }

    private void progress(PrintWriter err, CalibrationSpec s, Calibration.Point p) {
        if (!quiet) {
            synchronized (err) {
                err.printf(Locale.ROOT, "calibrate: %s %d/%d objective %.3f (patterns %.2f, baseline %.2f, sizes %.2f;"
                                + " JNIM %s, ISSP %s in 2025)%n", p.stage(), p.index() + 1, s.points() + s.refine(),
                        p.result().value(), p.result().patterns(), p.result().baseline(), p.result().sizes(),
                        fighters(p.result().jnim2025()), fighters(p.result().issp2025()));
                err.flush();
            }
        }
    }

    /** Fighters rounded, or "-" when the run does not reach 2025. */
    private static String fighters(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.0f", v);
    }

    private void report(Calibration c, List<Calibration.Point> result, Path done) {
        PrintWriter o = spec.commandLine().getOut();
        if (!quiet) {
            Calibration.Point best = CalibrationFiles.best(result);
            o.printf(Locale.ROOT, "best of %d points: point %d (%s), objective %.3f%n", result.size(), best.index(),
                    best.stage(), best.result().value());
            for (int k = 0; k < c.parameters().size(); k++) {
                CalibrationSpec.Parameter p = c.parameters().get(k);
                o.printf(Locale.ROOT, "  %-40s %.6g   (searched %.6g..%.6g)%n", p.path(), best.values()[k], p.min(), p.max());
            }
            o.printf(Locale.ROOT, "  2025 fighters: JNIM %s, ISSP %s; baseline shares JNIM %.2f, ISSP %.2f, ISWAP %.2f%n",
                    fighters(best.result().jnim2025()), fighters(best.result().issp2025()), best.result().stability().jnim(),
                    best.result().stability().issp(), best.result().stability().iswap());
            o.print(ScoreTable.render(best.result().scores()));
        }
        o.println(done);
    }
}

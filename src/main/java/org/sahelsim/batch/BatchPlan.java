package org.sahelsim.batch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleFunction;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.config.ScenarioConfig;
import org.sahelsim.output.BatchManifest;
import org.sahelsim.output.BatchMetrics;
import org.sahelsim.output.Tables;
import org.sahelsim.output.ProvenanceCollector;
import org.sahelsim.output.Provenance;
import org.sahelsim.scenario.ExperimentArm;
import org.sahelsim.scenario.ExperimentConfig;
import org.sahelsim.scenario.Experiments;
import org.sahelsim.scenario.LatinHypercube;
import org.sahelsim.scenario.Loaded;
import org.sahelsim.scenario.Origin;
import org.sahelsim.scenario.Overrides;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.scenario.Scenarios;
import org.sahelsim.scenario.TreeJson;

/**
 * A batch ready to run: the experiment, every arm's validated scenario, the seeds and the
 * manifest. Building it reports every problem with the inputs (a bad override path, an unknown
 * region, arms that cannot be compared) before anything is written.
 *
 * @param experimentFile the experiment file as given
 * @param experiment     the loaded experiment
 * @param scenarioFile   the base scenario file
 * @param arms           the arms in order, each with its scenario
 * @param manifest       the plan as written to batch.json
 * @param map            the geography all arms share
 */
public record BatchPlan(Path experimentFile, Loaded<ExperimentConfig> experiment, Path scenarioFile,
                        List<Arm> arms, BatchManifest manifest, SahelMap map) {

    /** One arm with its scenario (horizon applied) and the files it was loaded from. */
    public record Arm(String name, String description, List<Overrides.Override> overrides,
                      Loaded<ScenarioConfig> loaded, ScenarioConfig config) {
    }

    /**
     * What the command line may change.
     *
     * @param replicates replicates per arm instead of the file's, or null
     * @param weeks      run length in weeks for every arm, or null
     * @param until      last date for every arm, or null (not with weeks)
     */
    public record Options(Integer replicates, Integer weeks, LocalDate until) {
        public static final Options NONE = new Options(null, null, null);
    }

    public BatchPlan {
        arms = List.copyOf(arms);
    }

    /**
     * Loads and checks an experiment.
     *
     * @param maps the grid at a resolution (the scenario's)
     * @throws ScenarioException        for problems in the files, naming file and line
     * @throws IllegalArgumentException for options out of range
     */
    public static BatchPlan load(Path experimentFile, Options options, DoubleFunction<SahelMap> maps) {
        Loaded<ExperimentConfig> loaded = Experiments.load(experimentFile);
        ExperimentConfig e = loaded.value();
        Path scenarioFile = Experiments.scenarioFile(experimentFile, e);
        List<DesignArms.Spec> specs = e.design() != null ? DesignArms.expand(e.design())
                : e.arms().stream().map(BatchPlan::spec).toList();
        List<Arm> arms = new ArrayList<>();
        SahelMap map = null;
        for (DesignArms.Spec spec : specs) {
            List<Overrides.Override> all = new ArrayList<>(Experiments.overrides(e.overrides()));
            all.addAll(spec.overrides());
            Loaded<ScenarioConfig> s = Experiments.scenario(scenarioFile, all);
            ScenarioConfig config = Horizon.apply(s.value(), options);
            if (map == null) {
                map = maps.apply(config.resolution());
            }
            checkReferences(experimentFile, scenarioFile, config, map);
            arms.add(new Arm(spec.name(), spec.description(), spec.overrides(), s, config));
        }
        Comparability.check(experimentFile, arms);
        int replicates = options.replicates() != null ? options.replicates() : e.replicates();
        List<Long> seeds = seeds(experimentFile, e, replicates);
        String reference = reference(experimentFile, e, arms);
        checkPrecision(experimentFile, e);
        BatchManifest manifest = manifest(experimentFile, loaded, arms, replicates, seeds, reference);
        return new BatchPlan(experimentFile, loaded, scenarioFile, arms, manifest, map);
    }

    /** Unknown regions and sites are reported where they are written: the experiment, else the scenario. */
    private static void checkReferences(Path experimentFile, Path scenarioFile, ScenarioConfig c, SahelMap map) {
        try {
            Scenarios.checkReferences(experimentFile, c, map);
        } catch (ScenarioException e) {
            if (e.line() > 0) {
                throw e;
            }
            Scenarios.checkReferences(scenarioFile, c, map);
            throw e;
        }
    }

    /** Absolute precision targets must name metrics that endstate.csv has. */
    private static void checkPrecision(Path file, ExperimentConfig e) {
        List<String> known = new ArrayList<>(List.of(BatchMetrics.VIOLENT_EVENTS, BatchMetrics.DEATHS));
        for (String column : Tables.timeseries().columns()) {
            if (!List.of("week", "date", "faction").contains(column)) {
                known.add(BatchMetrics.endMetric(column));
            }
        }
        for (String metric : new TreeMap<>(e.precision().absolute()).keySet()) {
            if (!known.contains(metric)) {
                throw new ScenarioException(ScenarioException.Kind.UNKNOWN_KEY, Scenarios.locate(file, metric),
                        "precision.absolute." + metric, "precision.absolute: unknown metric '" + metric
                        + "'; metrics: " + String.join(", ", known));
            }
        }
    }

    private static DesignArms.Spec spec(ExperimentArm arm) {
        return new DesignArms.Spec(arm.name(), arm.description(), Experiments.overrides(arm.overrides()));
    }

    private static List<Long> seeds(Path file, ExperimentConfig e, int replicates) {
        if (replicates < 1 || replicates > 10_000) {
            throw new IllegalArgumentException("--replicates " + replicates + " is out of range; allowed 1..10000");
        }
        try {
            return SeedPlan.seeds(e.seeds(), replicates);
        } catch (IllegalArgumentException | ArithmeticException ex) {
            throw new ScenarioException(ScenarioException.Kind.RECORD_CHECK, Origin.of(file.toString()), "seeds",
                    "seeds: " + ex.getMessage());
        }
    }

    private static String reference(Path file, ExperimentConfig e, List<Arm> arms) {
        String reference = e.reference() != null ? e.reference() : arms.get(0).name();
        if (arms.stream().noneMatch(a -> a.name().equals(reference))) {
            throw new ScenarioException(ScenarioException.Kind.UNKNOWN_VALUE, Origin.of(file.toString()), "reference",
                    "reference = '" + reference + "' is not a design point; points are " + arms.get(0).name()
                            + " .. " + arms.get(arms.size() - 1).name());
        }
        return reference;
    }

    private static BatchManifest manifest(Path file, Loaded<ExperimentConfig> loaded, List<Arm> arms, int replicates,
                                          List<Long> seeds, String reference) {
        ExperimentConfig e = loaded.value();
        ScenarioConfig first = arms.get(0).config();
        List<Provenance.FileHash> scenarioFiles = new ArrayList<>();
        Loaded<ScenarioConfig> base = arms.get(0).loaded();
        scenarioFiles.add(new Provenance.FileHash(e.scenario(), base.sha256()));
        for (Path parent : base.files().subList(1, base.files().size())) {
            scenarioFiles.add(new Provenance.FileHash(parent.getFileName().toString(), Hashing.sha256(parent)));
        }
        List<BatchManifest.Arm> manifestArms = arms.stream()
                .map(a -> new BatchManifest.Arm(a.name(), a.description(), json(a.overrides()))).toList();
        BatchManifest.Design design = e.design() == null ? null : new BatchManifest.Design(
                e.design() instanceof LatinHypercube ? "latin-hypercube" : "factorial", e.design().points(),
                e.design() instanceof LatinHypercube l ? l.seed() : null, DesignArms.parameters(e.design()));
        return new BatchManifest(BatchManifest.FORMAT, e.name(), e.description(), file.getFileName().toString(),
                loaded.sha256(), first.name(), scenarioFiles, first.start().toString(),
                first.start().plusWeeks(first.totalWeeks()).toString(), first.totalWeeks(), first.resolution(),
                replicates, seeds, reference, json(Experiments.overrides(e.overrides())), manifestArms, design,
                new BatchManifest.Precision(e.precision().relative(), new TreeMap<>(e.precision().absolute())),
                ProvenanceCollector.sahelsimVersion(), ProvenanceCollector.gitCommit());
    }

    /** Overrides as path → JSON text of the value, in order. */
    private static Map<String, String> json(List<Overrides.Override> overrides) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Overrides.Override o : overrides) {
            out.put(o.path(), TreeJson.toJson(o.value()).toString());
        }
        return out;
    }
}

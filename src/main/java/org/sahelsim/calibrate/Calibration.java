package org.sahelsim.calibrate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.sahelsim.geo.WorldResources;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.Submodel;
import org.sahelsim.model.config.ScenarioConfig;
import org.sahelsim.scenario.ConfigNode;
import org.sahelsim.scenario.ConfigNode.Mapping;
import org.sahelsim.scenario.ConfigNode.Scalar;
import org.sahelsim.scenario.ConfigNode.Sequence;
import org.sahelsim.scenario.Origin;
import org.sahelsim.scenario.Overrides;
import org.sahelsim.scenario.ScalarKind;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.scenario.ScenarioFiles;
import org.sahelsim.scenario.Scenarios;
import org.sahelsim.scenario.StrictYamlLoader;
import org.sahelsim.stats.LatinHypercube;
import org.sahelsim.validate.Pattern;
import org.sahelsim.validate.ReplicateRunner;
import org.sahelsim.validate.RunObservations;
import org.sahelsim.validate.Score;
import org.sahelsim.validate.Scoring;
import org.sahelsim.validate.Series;
import org.sahelsim.validate.ValidationInputs;

/**
 * Pattern-oriented calibration (docs/odd/calibration.md): a Latin-hypercube screen of the searched
 * parameters inside their bounds, then, optionally, a bounded derivative-free refinement (Commons
 * Math's BOBYQA, Powell 2009) from the best screened point. Every point runs the same seeds
 * (common random numbers), which must not overlap the seeds the validation reports.
 */
public final class Calibration {
    /** First and last BOBYQA trust-region radius, on the unit cube of the search bounds. */
    static final double START_RADIUS = 0.15;
    static final double STOP_RADIUS = 0.01;
    /** Significant digits of a searched value; the rounded value is what runs and what is recorded. */
    static final int DIGITS = 6;
    /** Position in the bounds of the interior point {@link #checkBounds} loads (not a simple fraction). */
    static final double PROBE = Math.sqrt(2) - 1;

    /**
     * One evaluated point.
     *
     * @param index  0.. in order of evaluation
     * @param stage  {@code screen} or {@code refine}
     * @param values parameter values, in the spec's order
     * @param result its objective
     */
    public record Point(int index, String stage, double[] values, Objective result) {
        public Point {
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }

    private final CalibrationSpec spec;
    private final Path file;
    private final Path historical;
    private final Path baseline;
    private final Integer weeks;
    private final Supplier<List<Submodel>> rules;
    private final ValidationInputs inputs;
    private final List<Pattern> patterns;
    private final int threads;
    private final List<Where> where;
    private final List<Point> points = new ArrayList<>();
    private final Map<List<Double>, Objective> evaluated = new HashMap<>();
    private SahelMap map;

    /** Where a parameter's path and bounds are written in the calibration file, for error messages. */
    private record Where(Origin path, Scalar min, Scalar max) {
    }

    /**
     * @param spec  the search, as read from {@code file} (possibly with the command's budget)
     * @param file  the calibration file; its scenario paths are resolved against its folder and
     *              errors in its parameters name it
     * @param weeks run both scenarios for this many weeks instead of to their ends, or null
     */
    public Calibration(CalibrationSpec spec, Path file, Integer weeks, Supplier<List<Submodel>> rules,
                       ValidationInputs inputs, List<Pattern> patterns, int threads) {
        this.spec = spec;
        this.file = file;
        Path dir = file.toAbsolutePath().getParent();
        this.historical = dir.resolve(spec.historical()).normalize();
        this.baseline = dir.resolve(spec.baseline()).normalize();
        this.weeks = weeks;
        this.rules = rules;
        this.inputs = inputs;
        this.patterns = List.copyOf(patterns);
        this.threads = threads;
        this.where = where(file, spec);
    }

    /** The positions of each parameter's entries in the file; the file alone where they cannot be found. */
    private static List<Where> where(Path file, CalibrationSpec spec) {
        List<Where> out = new ArrayList<>();
        Sequence items = null;
        try {
            Mapping tree = ScenarioFiles.readAlone(file);
            ConfigNode.Entry e = tree.get("parameters");
            items = e != null && e.value() instanceof Sequence q ? q : null;
        } catch (ScenarioException e) {
            // a spec built in code for a file that is not there: errors name the file alone
        }
        for (int k = 0; k < spec.parameters().size(); k++) {
            CalibrationSpec.Parameter p = spec.parameters().get(k);
            Origin fallback = Origin.of(file.toString());
            Mapping m = items != null && k < items.items().size() && items.items().get(k) instanceof Mapping x ? x : null;
            out.add(new Where(origin(m, "path", fallback), bound(m, "min", p.min(), fallback),
                    bound(m, "max", p.max(), fallback)));
        }
        return out;
    }

    private static Origin origin(Mapping m, String key, Origin fallback) {
        ConfigNode.Entry e = m == null ? null : m.get(key);
        return e == null ? fallback : e.value().origin();
    }

    /** A bound as the file writes it, so that an error quotes the file's text. */
    private static Scalar bound(Mapping m, String key, double value, Origin fallback) {
        ConfigNode.Entry e = m == null ? null : m.get(key);
        if (e != null && e.value() instanceof Scalar s) {
            return s;
        }
        return new Scalar(decimal(value), ScalarKind.FLOAT, fallback);
    }

    /** The scenario overrides of a point, each naming the parameter's line in the calibration file. */
    List<Overrides.Override> overrides(double[] values) {
        List<Overrides.Override> out = new ArrayList<>();
        for (int k = 0; k < values.length; k++) {
            CalibrationSpec.Parameter p = spec.parameters().get(k);
            Origin at = where.get(k).path();
            Scalar v = p.integer() ? new Scalar(Long.toString(Math.round(values[k])), ScalarKind.INTEGER, at)
                    : new Scalar(decimal(values[k]), ScalarKind.FLOAT, at);
            out.add(new Overrides.Override(p.path(), v, at));
        }
        return out;
    }

    /** {@code 0.0045} rather than {@code 4.5E-3}; always with a decimal point. */
    private static String decimal(double v) {
        String s = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }

    /** The value at {@code u} of a parameter's bounds, as it runs: six significant digits, or a whole number. */
    static double value(CalibrationSpec.Parameter p, double u) {
        double x = p.at(Math.max(0, Math.min(1, u)));
        double v = p.integer() ? Math.rint(x) : new BigDecimal(x).round(new MathContext(DIGITS)).doubleValue();
        return Math.max(p.min(), Math.min(p.max(), v));
    }

    /**
     * Checks the parameters before anything runs: each bound alone in both scenarios, so that a path
     * that names no parameter or a bound outside the parameter's documented range is reported at
     * its line of the calibration file with what is allowed; then one interior point of every
     * parameter together, which catches a whole-number parameter not marked {@code integer: true}
     * and references the scenarios make to the map.
     */
    public void checkBounds() {
        int n = spec.parameters().size();
        for (int k = 0; k < n; k++) {
            CalibrationSpec.Parameter p = spec.parameters().get(k);
            Origin at = where.get(k).path();
            for (String end : new String[] {"min", "max"}) {
                Scalar bound = end.equals("min") ? where.get(k).min() : where.get(k).max();
                List<Overrides.Override> one = List.of(new Overrides.Override(p.path(), bound, at));
                try {
                    load(historical, one);
                    load(baseline, one);
                } catch (ScenarioException e) {
                    if (e.kind() == ScenarioException.Kind.RANGE && e.origin().equals(bound.origin())) {
                        throw new ScenarioException(e.kind(), e.origin(), "parameters[" + k + "]." + end,
                                "search bound " + end + " outside the documented range: " + e.detail(), e);
                    }
                    throw e;
                }
            }
        }
        double[] probe = new double[n];
        for (int k = 0; k < n; k++) {
            probe[k] = value(spec.parameters().get(k), PROBE);
        }
        List<Overrides.Override> o = overrides(probe);
        try {
            ScenarioConfig h = load(historical, o);
            ScenarioConfig b = load(baseline, o);
            Scenarios.checkReferences(historical, h, map(h));
            Scenarios.checkReferences(baseline, b, map(b));
        } catch (ScenarioException e) {
            for (int k = 0; k < n; k++) {
                if (e.kind() == ScenarioException.Kind.TYPE && e.origin().equals(where.get(k).path())) {
                    throw new ScenarioException(e.kind(), e.origin(), "parameters[" + k + "].integer",
                            e.detail() + "; for a whole-number parameter set integer: true", e);
                }
            }
            throw e;
        }
    }

    /** The scenario files the calibration reads, each followed by the files it extends. */
    public List<Path> scenarioFiles() {
        List<Path> out = new ArrayList<>(Scenarios.load(historical).files());
        out.addAll(Scenarios.load(baseline).files());
        return out;
    }

    private ScenarioConfig load(Path scenario, List<Overrides.Override> overrides) {
        ScenarioConfig c = StrictYamlLoader.load(scenario, ScenarioConfig.class, overrides).value();
        return weeks == null ? c : c.withWeeks(weeks);
    }

    private SahelMap map(ScenarioConfig c) {
        if (map == null) {
            map = WorldResources.load(c.resolution());
        } else if (map.res != c.resolution()) {
            throw new ScenarioException(ScenarioException.Kind.RECORD_CHECK, Origin.of(file.toString()), "baseline",
                    "the historical and baseline scenarios must have the same resolution, got " + map.res
                            + " and " + c.resolution());
        }
        return map;
    }

    /** Runs the screen and the refinement; each point is told to {@code done} as it finishes. */
    public List<Point> run(Consumer<Point> done) {
        double[][] design = LatinHypercube.sample(spec.points(), spec.parameters().size(), spec.designSeed());
        Point best = null;
        for (double[] u : design) {
            Point p = evaluate("screen", u);
            done.accept(p);
            best = best == null || p.result().value() < best.result().value() ? p : best;
        }
        if (spec.refine() > 0 && spec.parameters().size() >= 2) {
            refine(unit(best.values()), done);
        }
        return List.copyOf(points);
    }

    private void refine(double[] start, Consumer<Point> done) {
        int n = start.length;
        BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * n + 1, START_RADIUS, STOP_RADIUS);
        double[] lower = new double[n];
        double[] upper = new double[n];
        Arrays.fill(upper, 1.0);
        try {
            optimizer.optimize(new MaxEval(spec.refine()), GoalType.MINIMIZE, new InitialGuess(start),
                    new SimpleBounds(lower, upper), new ObjectiveFunction(u -> {
                        Point p = evaluate("refine", u);
                        done.accept(p);
                        return p.result().value();
                    }));
        } catch (TooManyEvaluationsException e) {
            // the budget is the stopping rule; every point evaluated so far is kept
        }
    }

    private double[] unit(double[] values) {
        double[] u = new double[values.length];
        for (int k = 0; k < u.length; k++) {
            CalibrationSpec.Parameter p = spec.parameters().get(k);
            u[k] = (values[k] - p.min()) / (p.max() - p.min());
        }
        return u;
    }

    /**
     * Evaluates the point at {@code u} in the unit cube of the bounds. A point whose values were
     * already run (the refinement starts from the best screened point) keeps its objective: with
     * the same seeds the runs would repeat it exactly.
     */
    Point evaluate(String stage, double[] u) {
        double[] values = new double[u.length];
        for (int k = 0; k < u.length; k++) {
            values[k] = value(spec.parameters().get(k), u[k]);
        }
        Objective known = evaluated.get(Arrays.stream(values).boxed().toList());
        if (known != null) {
            Point p = new Point(points.size(), stage, values, known);
            points.add(p);
            return p;
        }
        List<Overrides.Override> o = overrides(values);
        ScenarioConfig h = load(historical, o);
        ScenarioConfig b = load(baseline, o);
        SahelMap m = map(h);
        map(b);
        List<RunObservations> runs = new ReplicateRunner(h, m, rules, inputs)
                .run(spec.seed(), spec.replicates(), threads, i -> { });
        List<RunObservations> interdicted = null;
        if (inputs.hasInterdiction()) {
            List<Overrides.Override> cf = new ArrayList<>(o);
            cf.addAll(Overrides.parse(inputs.interdiction()));
            interdicted = new ReplicateRunner(load(historical, cf), m, rules, inputs)
                    .run(spec.seed(), spec.replicates(), threads, i -> { });
        }
        List<Score> scores = Scoring.score(patterns, runs, interdicted);
        BaselineStability.Shares stable = BaselineStability.run(b, m, rules, spec.seed(), spec.replicates(), threads);
        Objective obj = Objective.of(scores, stable, mean2025(runs, Series.JNIM_FIGHTERS),
                mean2025(runs, Series.ISSP_FIGHTERS), meanRatio2025(runs, Series.ISWAP_FIGHTERS));
        evaluated.put(Arrays.stream(values).boxed().toList(), obj);
        Point p = new Point(points.size(), stage, values, obj);
        points.add(p);
        return p;
    }

    /** Mean over replicates of the series' mean over 2025 divided by its first week's value. */
    static double meanRatio2025(List<RunObservations> runs, Series s) {
        double sum = 0;
        for (RunObservations o : runs) {
            sum += mean2025(List.of(o), s) / Math.max(1.0, o.series(s)[0]);
        }
        return sum / runs.size();
    }

    /** Mean over replicates of the series' mean over the weeks of 2025. */
    static double mean2025(List<RunObservations> runs, Series s) {
        double sum = 0;
        for (RunObservations o : runs) {
            double[] v = o.series(s);
            double total = 0;
            int n = 0;
            for (int w = 0; w < o.weeks(); w++) {
                if (o.date(w).getYear() == 2025) {
                    total += v[w];
                    n++;
                }
            }
            sum += n > 0 ? total / n : Double.NaN;
        }
        return sum / runs.size();
    }

    /** The searched parameters, in order. */
    public List<CalibrationSpec.Parameter> parameters() {
        return spec.parameters();
    }
}

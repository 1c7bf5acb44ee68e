package org.sahelsim.calibrate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.sahelsim.geo.WorldResources;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.Submodel;
import org.sahelsim.model.config.ScenarioConfig;
import org.sahelsim.scenario.Scenarios;
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
    private final Path historical;
    private final Path baseline;
    private final Supplier<List<Submodel>> rules;
    private final ValidationInputs inputs;
    private final List<Pattern> patterns;
    private final int threads;
    private final List<Point> points = new ArrayList<>();
    private SahelMap map;

    /**
     * @param dir the folder of the spec file, against which its scenario paths are resolved
     */
    public Calibration(CalibrationSpec spec, Path dir, Supplier<List<Submodel>> rules, ValidationInputs inputs,
                       List<Pattern> patterns, int threads) {
        this.spec = spec;
        this.historical = dir.resolve(spec.historical()).normalize();
        this.baseline = dir.resolve(spec.baseline()).normalize();
        this.rules = rules;
        this.inputs = inputs;
        this.patterns = List.copyOf(patterns);
        this.threads = threads;
    }

    /** The scenario overrides of a point. */
    public Map<String, String> overrides(double[] values) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int k = 0; k < values.length; k++) {
            CalibrationSpec.Parameter p = spec.parameters().get(k);
            out.put(p.path(), p.integral() ? Long.toString(Math.round(values[k]))
                    : String.format(Locale.ROOT, "%.6g", values[k]));
        }
        return out;
    }

    /**
     * Loads both scenarios at both ends of every bound, so that a bound outside a documented range
     * is reported (by the loader, naming the parameter and its range) before anything runs.
     */
    public void checkBounds() {
        int n = spec.parameters().size();
        for (int k = 0; k < n; k++) {
            for (double u : new double[] {0, 1}) {
                double[] v = centre();
                v[k] = spec.parameters().get(k).at(u);
                Scenarios.load(historical, overrides(v));
                Scenarios.load(baseline, overrides(v));
            }
        }
    }

    private double[] centre() {
        double[] v = new double[spec.parameters().size()];
        for (int k = 0; k < v.length; k++) {
            v[k] = spec.parameters().get(k).at(0.5);
        }
        return v;
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
        java.util.Arrays.fill(upper, 1.0);
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

    /** Evaluates the point at {@code u} in the unit cube of the bounds. */
    Point evaluate(String stage, double[] u) {
        double[] values = new double[u.length];
        for (int k = 0; k < u.length; k++) {
            values[k] = spec.parameters().get(k).at(Math.max(0, Math.min(1, u[k])));
        }
        Map<String, String> o = overrides(values);
        ScenarioConfig h = Scenarios.load(historical, o).value();
        ScenarioConfig b = Scenarios.load(baseline, o).value();
        if (map == null) {
            map = WorldResources.load(h.resolution());
        }
        List<RunObservations> runs = new ReplicateRunner(h, map, rules, inputs)
                .run(spec.seed(), spec.replicates(), threads, i -> { });
        List<Score> scores = Scoring.score(patterns, runs, null);
        BaselineStability.Shares stable = BaselineStability.run(b, map, rules, spec.seed(), spec.replicates(), threads);
        double jnim = mean2025(runs, Series.JNIM_FIGHTERS);
        double issp = mean2025(runs, Series.ISSP_FIGHTERS);
        double iswap = meanRatio2025(runs, Series.ISWAP_FIGHTERS);
        Objective obj = new Objective(Objective.patternShortfall(scores), stable.shortfall(),
                Objective.distance(jnim, Objective.JNIM_2025) + Objective.distance(issp, Objective.ISSP_2025)
                        + Objective.distance(iswap, Objective.ISWAP_2025_RATIO),
                jnim, issp, iswap, scores, stable);
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

package org.sahelsim.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores patterns over replicates: for each criterion and each pattern, the share of replicates
 * in which it holds against the pattern's threshold. A row is not evaluable as soon as one
 * replicate cannot evaluate it (a missing input, a run too short), never passing.
 */
public final class Scoring {
    private Scoring() {
    }

    /**
     * @param patterns    the patterns to score
     * @param base        the observations of the scenario's replicates, in replicate order
     * @param interdicted the counterfactual arm's, with the same seeds, or null when there is none
     */
    public static List<Score> score(List<Pattern> patterns, List<RunObservations> base, List<RunObservations> interdicted) {
        if (base.isEmpty()) {
            throw new IllegalArgumentException("no replicates to score");
        }
        List<Score> out = new ArrayList<>();
        for (Pattern p : patterns) {
            for (Criterion c : p.criteria()) {
                out.add(row(p, c.id(), c.text(), checks(base, c::evaluate)));
            }
            String all = p.title() + (p.criteria().size() == 1 ? ""
                    : " (all of " + p.criteria().get(0).id() + "-" + p.criteria().get(p.criteria().size() - 1).id() + ")");
            Score whole = row(p, p.id(), all, checks(base, p::evaluate));
            if (p.comparison() != null) {
                Score cmp = comparison(p, base, interdicted);
                out.add(cmp);
                whole = combine(whole, cmp);
            }
            out.add(whole);
        }
        return List.copyOf(out);
    }

    private static List<Check> checks(List<RunObservations> runs, java.util.function.Function<RunObservations, Check> f) {
        List<Check> out = new ArrayList<>();
        for (RunObservations o : runs) {
            out.add(f.apply(o));
        }
        return out;
    }

    private static Score row(Pattern p, String id, String text, List<Check> checks) {
        int holds = 0;
        for (Check k : checks) {
            if (!k.evaluable()) {
                return new Score(p.id(), id, text, checks.size(), 0, Double.NaN, p.threshold(),
                        Score.Verdict.NOT_EVALUABLE, "needs " + k.needs());
            }
            holds += k.holds() ? 1 : 0;
        }
        double share = holds / (double) checks.size();
        return new Score(p.id(), id, text, checks.size(), holds, share, p.threshold(),
                share >= p.threshold() ? Score.Verdict.PASS : Score.Verdict.FAIL, "");
    }

    private static Score comparison(Pattern p, List<RunObservations> base, List<RunObservations> cf) {
        Pattern.Comparison c = p.comparison();
        if (cf == null) {
            return new Score(p.id(), c.id(), c.text(), base.size(), 0, Double.NaN, c.minDrop(), Score.Verdict.NOT_EVALUABLE,
                    "needs the counterfactual arm: " + c.arm() + " (scenario overrides from the corridor submodel)");
        }
        if (cf.size() != base.size()) {
            throw new IllegalArgumentException("the counterfactual arm has " + cf.size() + " replicates, the base " + base.size());
        }
        int only = 0;
        int onlyCf = 0;
        int holds = 0;
        for (int i = 0; i < base.size(); i++) {
            Check a = p.evaluate(base.get(i));
            Check b = p.evaluate(cf.get(i));
            if (!a.evaluable() || !b.evaluable()) {
                return new Score(p.id(), c.id(), c.text(), base.size(), 0, Double.NaN, c.minDrop(),
                        Score.Verdict.NOT_EVALUABLE, "needs " + (a.evaluable() ? b.needs() : a.needs()));
            }
            holds += a.holds() ? 1 : 0;
            only += a.holds() && !b.holds() ? 1 : 0;
            onlyCf += !a.holds() && b.holds() ? 1 : 0;
        }
        double drop = (only - onlyCf) / (double) base.size();
        double pValue = McNemar.pFirstMoreOften(only, onlyCf);
        boolean clear = drop >= c.minDrop() && pValue < c.alpha();
        return new Score(p.id(), c.id(), c.text(), base.size(), holds, drop, c.minDrop(),
                clear ? Score.Verdict.PASS : Score.Verdict.FAIL,
                String.format(Locale.ROOT, "drop in share %.2f, McNemar p = %.3g", drop, pValue));
    }

    /** A pattern with a comparison passes when both its share and its comparison pass. */
    private static Score combine(Score whole, Score cmp) {
        if (whole.verdict() == Score.Verdict.NOT_EVALUABLE || cmp.verdict() == Score.Verdict.NOT_EVALUABLE) {
            String needs = whole.verdict() == Score.Verdict.NOT_EVALUABLE ? whole.needs() : cmp.needs();
            return new Score(whole.pattern(), whole.id(), whole.text() + ", and " + cmp.id(), whole.replicates(),
                    whole.holds(), whole.share(), whole.threshold(), Score.Verdict.NOT_EVALUABLE, needs);
        }
        boolean pass = whole.verdict() == Score.Verdict.PASS && cmp.verdict() == Score.Verdict.PASS;
        return new Score(whole.pattern(), whole.id(), whole.text() + ", and " + cmp.id(), whole.replicates(), whole.holds(),
                whole.share(), whole.threshold(), pass ? Score.Verdict.PASS : Score.Verdict.FAIL, "");
    }
}

package org.sahelsim.validate;

import java.util.List;

/**
 * A pattern of the historical record (docs/odd/01-purpose-and-patterns.md): it holds in a run when
 * every one of its criteria holds, and passes when it holds in at least {@code threshold} of the
 * replicates. A pattern with a {@link Comparison} must also differ enough from a counterfactual arm.
 *
 * @param id         P1 .. P9
 * @param title      short name
 * @param threshold  share of replicates needed to pass, 0..1, fixed before any result was seen
 * @param criteria   its criteria, all needed
 * @param comparison the counterfactual test, or null
 */
public record Pattern(String id, String title, double threshold, List<Criterion> criteria, Comparison comparison) {

    public Pattern {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException(id + ": threshold must be in (0, 1], got " + threshold);
        }
        criteria = List.copyOf(criteria);
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException(id + " needs at least one criterion");
        }
    }

    public Pattern(String id, String title, double threshold, List<Criterion> criteria) {
        this(id, title, threshold, criteria, null);
    }

    /** Whether the pattern holds in one run: all criteria hold; not evaluable if any is not. */
    public Check evaluate(RunObservations o) {
        boolean holds = true;
        for (Criterion c : criteria) {
            Check k = c.evaluate(o);
            if (!k.evaluable()) {
                return k;
            }
            holds &= k.holds();
        }
        return Check.of(holds, Double.NaN);
    }

    /**
     * The pattern must hold clearly less often in a counterfactual arm run with the same seeds:
     * the share drops by at least {@code minDrop}, and an exact one-sided McNemar test on the
     * paired replicates gives p below {@code alpha}.
     *
     * @param id      criterion id, for example {@code P5d}
     * @param text    the comparison in words
     * @param arm     what the counterfactual arm changes
     * @param minDrop smallest drop in share, 0..1
     * @param alpha   significance level
     */
    public record Comparison(String id, String text, String arm, double minDrop, double alpha) {
    }
}

package org.sahelsim.validate;

/**
 * The result of one criterion on one run.
 *
 * @param outcome whether the criterion holds
 * @param value   the statistic it was decided on (a ratio, a share, a p-value), NaN when there is none
 * @param needs   for {@link Outcome#NOT_EVALUABLE}: the missing input or the uncovered period; else ""
 */
public record Check(Outcome outcome, double value, String needs) {

    /** Whether a criterion holds in a run. */
    public enum Outcome { HOLDS, FAILS, NOT_EVALUABLE }

    public static Check of(boolean holds, double value) {
        return new Check(holds ? Outcome.HOLDS : Outcome.FAILS, value, "");
    }

    public static Check notEvaluable(String needs) {
        return new Check(Outcome.NOT_EVALUABLE, Double.NaN, needs);
    }

    public boolean holds() {
        return outcome == Outcome.HOLDS;
    }

    public boolean evaluable() {
        return outcome != Outcome.NOT_EVALUABLE;
    }
}

package org.sahelsim.validate;

import java.util.function.Function;

/**
 * One testable part of a pattern, decided on the observations of one run.
 *
 * @param id    short id, for example {@code P2a}
 * @param text  the criterion in words, as the table prints it
 * @param rule  the decision
 */
public record Criterion(String id, String text, Function<RunObservations, Check> rule) {

    public Check evaluate(RunObservations o) {
        return rule.apply(o);
    }
}

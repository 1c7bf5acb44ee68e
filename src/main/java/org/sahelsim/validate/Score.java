package org.sahelsim.validate;

/**
 * One row of the validation table: a criterion, a pattern (all its criteria together) or a
 * pattern's counterfactual comparison, scored over the replicates.
 *
 * @param pattern    P1 .. P9
 * @param id         the criterion's id (P1a), the pattern's id for its summary row, or the comparison's id
 * @param text       what is checked
 * @param replicates replicates run
 * @param holds      replicates in which it holds (for a comparison: in the base arm)
 * @param share      {@code holds / replicates}, or NaN when not evaluable
 * @param threshold  share needed (for a comparison: the smallest drop)
 * @param verdict    the decision
 * @param needs      for {@link Verdict#NOT_EVALUABLE}, what is missing; otherwise a note or ""
 */
public record Score(String pattern, String id, String text, int replicates, int holds, double share,
                   double threshold, Verdict verdict, String needs) {

    /** The decision on a row. */
    public enum Verdict {
        PASS, FAIL, NOT_EVALUABLE;

        /** As printed: {@code pass}, {@code fail}, {@code not evaluable}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    /** True for the row that decides a whole pattern. */
    public boolean isPatternRow() {
        return id.equals(pattern);
    }
}

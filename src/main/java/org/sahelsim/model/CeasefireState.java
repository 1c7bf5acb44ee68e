package org.sahelsim.model;

/**
 * Life cycle of a ceasefire between two factions (docs/odd/submodels/ceasefire.md):
 * {@code none → talks → in force → eroding → broken}, and back to none after a cooling-off period.
 */
public enum CeasefireState {
    /** No agreement and no talks. */
    NONE,
    /** Negotiating; fighting goes on. */
    TALKS,
    /** The pair does not fight inside the scope and plans no attacks on each other there. */
    IN_FORCE,
    /** Violations are no longer prevented, but the parties still plan no attacks on each other. */
    ERODING,
    /** Collapsed; fighting resumes, no new talks until the cooling-off period is over. */
    BROKEN;

    /** True in force and while eroding: the parties restrain their plans toward each other. */
    public boolean restrains() {
        return this == IN_FORCE || this == ERODING;
    }

    /** Lower-case name with hyphens, as in scenario files and ceasefires.csv. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

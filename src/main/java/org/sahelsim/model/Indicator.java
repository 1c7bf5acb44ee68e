package org.sahelsim.model;

/**
 * Per-faction weekly outputs that the rule submodels fill in, written as extra columns of
 * {@code timeseries.csv} in this order. {@link #flow} indicators are reset every week (counts of
 * what happened that week); levels carry over (a treasury, a capability).
 */
public enum Indicator {
    RECRUITS(true, "fighters recruited"),
    DEFECTIONS_IN(true, "fighters who defected into the faction"),
    DEFECTIONS_OUT(true, "fighters who defected out of the faction"),
    DESERTIONS(true, "fighters who deserted"),
    BANDS_FORMED(true, "new bands raised by splitting a grown band"),
    INCOME(true, "income, million USD"),
    SPENDING(true, "spending, million USD"),
    TREASURY(false, "treasury, million USD"),
    CAPABILITY(false, "capability level, 0 small arms .. 3 complex raid"),
    CAPABILITY_PROGRESS(false, "progress toward the next capability level, 0..1"),
    CORRIDOR_CONNECTED(false, "1 when the ISSP-ISWAP corridor connects (ISSP row only)"),
    SORTIES(true, "drone sorties flown"),
    DETECTIONS(true, "units detected by drones"),
    STRIKES(true, "drone strikes"),
    STRIKE_KILLS(true, "fighters killed by drone strikes (on the target's row)"),
    STRIKE_CIVILIANS(true, "civilians killed by drone strikes (on the striker's row)"),
    LEADERS_KILLED(true, "commanders or leaders killed (on the target's row)"),
    BASES_RAIDED(true, "drone bases raided (on the raider's row)"),
    AIRCRAFT(false, "drone aircraft available"),
    MEAN_GRIEVANCE(false, "population-weighted mean grievance in cells the faction controls, 0..1");

    /** True when the value is a weekly count, reset at the start of each week. */
    public final boolean flow;
    /** Meaning and unit, for the README and the ODD. */
    public final String doc;

    Indicator(boolean flow, String doc) {
        this.flow = flow;
        this.doc = doc;
    }

    /** Column name in timeseries.csv. */
    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

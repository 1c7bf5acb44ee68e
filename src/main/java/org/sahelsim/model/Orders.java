package org.sahelsim.model;

/** What a unit is currently trying to do; set in the decision phase, carried out in movement. */
public enum Orders {
    /** Push into territory not held by the unit's faction. */
    EXPAND,
    /** Close with a weaker hostile unit or raid a site. */
    ATTACK,
    /** Stay inside own territory where it is threatened. */
    CONSOLIDATE,
    /** Fall back toward the home area to recover cohesion. */
    RETREAT,
    /** Do not move (garrisons). */
    HOLD
}

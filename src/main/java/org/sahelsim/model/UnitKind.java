package org.sahelsim.model;

/**
 * Kind of armed unit. Bands and katibas are insurgent formations (a katiba is a larger, more
 * cohesive one); garrisons hold a site and do not move; columns are mobile state or foreign forces.
 */
public enum UnitKind {
    BAND, KATIBA, GARRISON, COLUMN;

    public boolean isMobile() { return this != GARRISON; }
}

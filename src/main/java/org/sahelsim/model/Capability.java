package org.sahelsim.model;

/**
 * Attack capability ladder of an armed group (brief: small arms, then IEDs, SVBIEDs from mid-2024,
 * then complex multi-domain raids on hard targets such as Niamey Base 101 in January 2026).
 * Each level includes the ones below it.
 */
public enum Capability {
    SMALL_ARMS, IED, SVBIED, COMPLEX_RAID;

    public boolean atLeast(Capability other) { return ordinal() >= other.ordinal(); }
}

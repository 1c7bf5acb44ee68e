package org.sahelsim.model.config;

import java.time.LocalDate;

/**
 * A dated change to the world, applied in the events phase of the first week that contains
 * {@link #date()}. Events state what changed, never an outcome.
 */
public sealed interface TimelineEvent
        permits SetForce, SetStance, AddUnits, MoveBase,
                AddAircraft, SetIntelSharing, LeaderKilled,
                CeasefireTalks, CeasefireForce, CeasefireEnd, CeasefireForbid, SetFramework {

    LocalDate date();

    /** Short description for the events log. */
    String describe();
}

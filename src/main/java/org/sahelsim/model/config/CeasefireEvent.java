package org.sahelsim.model.config;

import org.sahelsim.model.Faction;

/**
 * The timeline events about the ceasefire between two factions, which the ceasefire submodel applies.
 * (Not a subtype of the sealed {@link TimelineEvent}: scenario files can only build its records.)
 */
public interface CeasefireEvent {
    Faction a();

    Faction b();

    /** Rejects a pair of one faction with itself. */
    static void checkPair(String type, Faction a, Faction b) {
        if (a == b) {
            throw new IllegalArgumentException(type + ": a ceasefire needs two different factions, got " + a + " twice");
        }
    }
}

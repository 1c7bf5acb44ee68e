package org.sahelsim.validate;

import org.sahelsim.model.Faction;
import org.sahelsim.model.SahelModel;

/**
 * Reads from a running model whether a truce between two factions is in force anywhere this week.
 * The ceasefire submodel provides it; until it exists validation has none and the truce criterion
 * of P3 is not evaluable.
 */
@FunctionalInterface
public interface TruceObserver {
    boolean inForce(SahelModel m, Faction a, Faction b);
}

package org.sahelsim.model.config;

import org.sahelsim.model.Param;

/**
 * Parameters of the decapitation lottery (docs/odd/submodels/decapitation.md): what a strike that
 * kills a commander or the top leader does to a group, shrinking with the group's size and age.
 */
public record DecapitationParams(
        @Param(def = "0.001", min = 0, max = 1, doc = "chance a drone strike kills the target group's top leader",
                source = "assumption: few top leaders killed by strikes (brief: al-Sahrawi 2021, al-Minuki 2026)") double leaderHitProbability,
        @Param(def = "0.1", min = 0, max = 1, doc = "chance a drone strike kills the struck unit's commander",
                source = "assumption: strikes aim at commanders when they are identified") double commanderHitProbability,
        @Param(def = "500", min = 10, max = 100000, unit = "fighters", doc = "group size at which vulnerability is halved",
                source = "Price 2012: the effect shrinks with group size; assumption for the scale") double sizeScale,
        @Param(def = "5", min = 0.1, max = 100, unit = "years", doc = "group age at which vulnerability is halved",
                source = "Price 2012: the effect shrinks with group age; assumption for the scale") double ageScale,
        @Param(def = "0.3", min = 0, max = 1, doc = "cohesion lost by every unit of the group at vulnerability 1 when the top leader dies",
                source = "assumption: short-term shock") double leaderShock,
        @Param(def = "0.3", min = 0, max = 1, doc = "cohesion lost by the struck unit at vulnerability 1 when its commander dies",
                source = "assumption: short-term shock") double commanderShock,
        @Param(def = "0.35", min = 0, max = 1, doc = "chance the succession weakens a group of vulnerability 0",
                source = "Jordan 2009: old, large, religious groups are rarely weakened (53% collapse with, 70% without decapitation)") double weakenBase,
        @Param(def = "0.5", min = 0, max = 1, doc = "extra chance of a weakening succession per unit of vulnerability",
                source = "Price 2012: decapitation hurts young and small groups most") double weakenSlope,
        @Param(def = "0.5", min = 0, max = 1, doc = "leadership and momentum lost at vulnerability 1 by a weakening succession",
                source = "assumption") double successionLoss,
        @Param(def = "0.1", min = 0, max = 1, doc = "leadership and momentum gained by a strengthening succession",
                source = "brief: al-Sahrawi's death (2021) gave ISSP momentum and province status") double successionGain) {

    /** Chance that the succession weakens a group of vulnerability {@code v}, capped at 1. */
    public double weakenChance(double v) {
        return Math.min(1.0, weakenBase + weakenSlope * v);
    }
}

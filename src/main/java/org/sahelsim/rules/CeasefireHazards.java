package org.sahelsim.rules;

import org.sahelsim.model.Pact;
import org.sahelsim.model.config.CeasefireParams;

/**
 * The weekly rates of the ceasefire state machine (docs/odd/submodels/ceasefire.md), as pure
 * functions of the parameters and the measured drivers. A rate λ becomes the probability
 * {@code 1 - exp(-λ)} of the transition in one week.
 */
final class CeasefireHazards {
    /** Mutual cost counts up to this multiple of costScale: beyond it more fighting adds nothing. */
    static final double COST_CAP = 3.0;
    /** Cap on the breakdown log-hazard, so that exp stays finite (the probability is ~1 long before). */
    static final double MAX_LOG = 10.0;

    private CeasefireHazards() {
    }

    /**
     * Rate at which talks open:
     * {@code wA·wB·(talksBase + costRate·min(cost/costScale, COST_CAP))·mediationFactor^[mediated]·reputationFactor^[reputation]}.
     *
     * @param cost       mutual cost, fighters/week
     * @param mediated   a mediator is available (the pact's terms or a framework)
     * @param reputation either party already has a ceasefire in force or eroding with another actor
     */
    static double onset(CeasefireParams p, double wA, double wB, double cost, boolean mediated, boolean reputation) {
        double pressure = p.talksBase() + p.costRate() * Math.min(cost / p.costScale(), COST_CAP);
        return wA * wB * pressure * (mediated ? p.mediationFactor() : 1.0) * (reputation ? p.reputationFactor() : 1.0);
    }

    /**
     * Log of the relative breakdown hazard from last week's drivers of the pact:
     * {@code contactWeight·K + defectionWeight·D + competitionWeight·R + leaderWeight·L + spoilerWeight·S}.
     */
    static double drivers(CeasefireParams p, Pact d) {
        return p.contactWeight() * d.contacts + p.defectionWeight() * d.defections
                + p.competitionWeight() * d.competition + p.leaderWeight() * d.leadersKilled
                + p.spoilerWeight() * d.spoilers;
    }

    /** Multiplier of every breakdown rate for monitoring and a guarantor (Fortna 2003, 2004). */
    static double terms(CeasefireParams p, boolean monitored, boolean guaranteed) {
        return (monitored ? p.monitoringEffect() : 1.0) * (guaranteed ? p.guarantorEffect() : 1.0);
    }

    /** Rate at which a ceasefire in force starts to erode: {@code breakBase·exp(drivers)·terms}. */
    static double erosion(CeasefireParams p, Pact d) {
        return p.breakBase() * Math.exp(Math.min(MAX_LOG, drivers(p, d))) * terms(p, d.monitored, d.guaranteed);
    }

    /** Rate at which an eroding ceasefire breaks: {@code (breakRate·exp(drivers) + violationHazard·V)·terms}. */
    static double breakdown(CeasefireParams p, Pact d) {
        double base = p.breakRate() * Math.exp(Math.min(MAX_LOG, drivers(p, d)));
        return (base + p.violationHazard() * d.violations) * terms(p, d.monitored, d.guaranteed);
    }

    /** Probability of at least one event in a week at rate λ. */
    static double probability(double rate) {
        return rate <= 0 ? 0.0 : 1.0 - Math.exp(-rate);
    }
}

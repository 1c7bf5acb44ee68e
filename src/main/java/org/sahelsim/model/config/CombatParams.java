package org.sahelsim.model.config;

import java.util.List;
import org.sahelsim.model.Capability;
import org.sahelsim.model.Param;

/** Parameters of the combat submodel (docs/odd/submodels/combat.md). */
public record CombatParams(
        @Param(def = "0.5", min = 0, max = 1, unit = "1/week", doc = "chance a unit engages a hostile neighbour it can beat",
                source = "assumption") double engageProbability,
        @Param(def = "0.35", min = 0, max = 1, doc = "chance pro-government forces find hidden insurgents they mean to attack",
                source = "Deitchman 1962; Kress and Szechtman 2009: guerrillas must be found before they can be fought") double findProbability,
        @Param(def = "1.2", min = 0.1, max = 10, doc = "strength ratio at which the attack chance is half its maximum",
                source = "assumption: insurgents avoid unfavourable fights") double attackRatio,
        @Param(def = "0.1", min = 0, max = 1, unit = "casualties per effective fighter per clash",
                doc = "aimed-fire coefficient of the square law", source = "Lanchester; calibrated to UCDP 2017-2019 deaths per event") double lethality,
        @Param(def = "0.05", min = 0.01, max = 1, doc = "smallest share of a unit that takes part in an engagement (its attack or defence party)",
                source = "assumption: a patrol or a section rather than the whole unit usually fights; calibrated to UCDP 2017-2019 deaths per event") double engagedShareMin,
        @Param(def = "2.5", min = 1.5, max = 5, doc = "power-law exponent of the share of a unit engaged, P(φ) ∝ φ^-α on engagedShareMin..1",
                source = "Bohorquez et al. 2009: attack-unit and event sizes follow a power law with exponent about 2.5") double engagedExponent,
        @Param(def = "60", min = 1, max = 10000, unit = "fighters", doc = "concealment scale of guerrillas (Deitchman)",
                source = "Deitchman 1962 guerrilla law; assumption for the scale") double concealment,
        @Param(min = 0.1, max = 10, doc = "strength multipliers for small-arms, IED, SVBIED, complex-raid; empty = 1, 1.15, 1.35, 1.6",
                source = "assumption: ordered, bounded gains") List<Double> capabilityMultipliers,
        @Param(def = "1.6", min = 1, max = 5, doc = "defence multiplier in a town cell", source = "assumption") double urbanDefence,
        @Param(def = "1.3", min = 1, max = 5, doc = "defence multiplier in a park (forest) cell", source = "assumption") double coverDefence,
        @Param(def = "1.2", min = 1, max = 5, doc = "defence multiplier behind a river", source = "assumption") double riverDefence,
        @Param(def = "2.5", min = 0, max = 20, doc = "cohesion lost per share of fighters lost", source = "assumption") double cohesionLoss,
        @Param(def = "0.3", min = 0, max = 1, doc = "cohesion below which a unit retreats", source = "assumption") double breakCohesion,
        @Param(def = "0.04", min = 0, max = 1, unit = "1/week", doc = "cohesion recovered per week at leadership 1",
                source = "assumption") double cohesionRecovery,
        @Param(def = "10", min = 1, max = 500, unit = "fighters", doc = "a unit below this is destroyed or dispersed",
                source = "assumption") int minFighters,
        @Param(def = "0.15", min = 0, max = 1, unit = "1/week", doc = "chance a unit next to a weaker garrison raids it",
                source = "assumption; brief: raids on bases and towns") double raidProbability,
        @Param(def = "0.15", min = 0, max = 5, unit = "civilians per combatant killed", doc = "civilian deaths per combatant death in a populated cell",
                source = "assumption; UCDP 2012-2019 civilian share") double civilianRate) {

    private static final List<Double> DEFAULT_MULTIPLIERS = List.of(1.0, 1.15, 1.35, 1.6);

    public CombatParams {
        capabilityMultipliers = capabilityMultipliers.isEmpty() ? DEFAULT_MULTIPLIERS : List.copyOf(capabilityMultipliers);
        if (capabilityMultipliers.size() != Capability.values().length) {
            throw new IllegalArgumentException("combat.capabilityMultipliers = " + capabilityMultipliers
                    + " must list 4 numbers (small-arms, IED, SVBIED, complex-raid)");
        }
    }

    /** Strength multiplier of a capability level. */
    public double multiplier(Capability c) {
        return capabilityMultipliers.get(c.ordinal());
    }
}

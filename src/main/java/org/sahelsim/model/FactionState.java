package org.sahelsim.model;

import org.sahelsim.model.config.FactionSetup;

/**
 * Mutable state of one faction during a run: whether its forces are present, its treasury,
 * capability, leadership and momentum.
 */
public final class FactionState {
    public final Faction faction;
    /** Whether the faction's forces are present (timeline can switch it). */
    public boolean enabled;
    /** Money available, million USD. */
    public double treasury;
    /** Highest attack capability. */
    public Capability capability;
    /** Leadership quality, 0..1. */
    public double leadership;
    /** Years since founding. */
    public double groupAgeYears;
    /** Operates armed drones. */
    public boolean drones;
    /**
     * Recent battlefield success, -1..1: an exponentially weighted mean of clash outcomes
     * (positive when the faction inflicts more losses than it takes).
     */
    public double momentum;
    /** Autonomy of local commanders, 0..1 (from the setup; lowers the defection hazard). */
    public double commanderAutonomy;
    /** Whether the group kidnaps for ransom (from the setup; economy). */
    public boolean ransomPolicy;
    /**
     * The group's base area as a mask over the map's regions ({@link BaseArea}); set when the model
     * starts, all false for pro-government factions.
     */
    public boolean[] base = new boolean[0];
    /** Share of last week's upkeep the treasury could not pay, 0..1 (economy; read by desertion and defection). */
    public double unpaidShare;

    public FactionState(Faction faction, FactionSetup setup) {
        this.faction = faction;
        this.enabled = setup.enabled();
        this.treasury = setup.treasury();
        this.capability = setup.capability();
        this.leadership = setup.leadership();
        this.groupAgeYears = setup.groupAgeYears();
        this.drones = setup.drones();
        this.commanderAutonomy = setup.commanderAutonomy();
        this.ransomPolicy = setup.ransomPolicy();
    }

    /** Folds one clash outcome (share of losses inflicted, -1..1) into momentum with weight {@code w}. */
    public void recordOutcome(double outcome, double w) {
        momentum = (1 - w) * momentum + w * outcome;
    }
}

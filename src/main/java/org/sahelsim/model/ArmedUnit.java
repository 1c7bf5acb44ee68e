package org.sahelsim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * An armed unit: an insurgent band or katiba, a state garrison or a mobile column. Its weekly step
 * carries out its orders (movement); decisions and combat are applied by their phases.
 */
public final class ArmedUnit implements Steppable {
    private static final long serialVersionUID = 1L;

    /** Unique, in order of creation (deterministic). */
    public final int id;
    public Faction faction;
    public final UnitKind kind;
    /** Fighters, persons. */
    public int fighters;
    /** Fighters the unit had when it was created: the strength pro-government units are replenished to. */
    public final int establishment;
    /** Cohesion, 0..1: morale and organisation; scales fighting power. */
    public double cohesion;
    public int x;
    public int y;
    /** Home cell: where the unit was raised; leash and retreat refer to it. */
    public int homeX;
    public int homeY;
    /** For garrisons: the site held, otherwise null. */
    public String site;
    public Orders orders;
    public int targetX;
    public int targetY;
    /** Hostile unit being pursued under ATTACK orders, or null. */
    public ArmedUnit quarry;
    /** Week the current plan was made. */
    public int plannedWeek = -1000;
    /** Last week the unit fought, or -1. */
    public int engagedWeek = -1;
    /** Last week the unit moved at least one cell, or -1 (moving units are easier for drones to see). */
    public int movedWeek = -1;
    /** Fighters lost in the last 8 weeks (exponentially weighted), for cohesion and desertion rules. */
    public double recentLosses;
    public boolean alive = true;

    public ArmedUnit(int id, Faction faction, UnitKind kind, int fighters, double cohesion, int x, int y) {
        this.id = id;
        this.faction = faction;
        this.kind = kind;
        this.fighters = fighters;
        this.establishment = fighters;
        this.cohesion = cohesion;
        this.x = x;
        this.y = y;
        this.homeX = x;
        this.homeY = y;
        this.targetX = x;
        this.targetY = y;
        this.orders = kind.isMobile() ? Orders.EXPAND : Orders.HOLD;
    }

    /** Fighting power before terrain: fighters × cohesion × capability multiplier. */
    public double strength(double capabilityMultiplier) {
        return fighters * cohesion * capabilityMultiplier;
    }

    public boolean isMobile() {
        return kind.isMobile();
    }

    /** Moves toward the target (movement phase). */
    @Override
    public void step(SimState state) {
        SahelModel model = (SahelModel) state;
        if (alive && isMobile()) {
            model.movement().move(model, this);
        }
    }

    @Override
    public String toString() {
        return faction + " " + kind.name().toLowerCase(java.util.Locale.ROOT) + " #" + id + " (" + fighters + ")";
    }
}

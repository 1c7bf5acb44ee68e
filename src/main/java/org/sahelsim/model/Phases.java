package org.sahelsim.model;

/**
 * Orderings of the weekly schedule (ODD "Process overview and scheduling"). Lower runs first;
 * every phase runs once per week.
 */
public final class Phases {
    /** Timeline events of the week are applied. */
    public static final int EVENTS = 0;
    /** Units set their orders and destinations. */
    public static final int DECISIONS = 1;
    /** Units move. */
    public static final int MOVEMENT = 2;
    /** Slot: drone detection and strikes. */
    public static final int DRONES = 3;
    /** Hostile neighbours clash; raids. */
    public static final int COMBAT = 4;
    /** Influence fields and territorial control. */
    public static final int CONTROL = 5;
    /** The ISSP-ISWAP corridor is traced; skill transfer. */
    public static final int CORRIDOR = 6;
    /** Slot: income and spending. */
    public static final int ECONOMY = 7;
    /** Slot: recruitment, defection, desertion. */
    public static final int RECRUITMENT = 8;
    /** Ceasefire state machine. */
    public static final int CEASEFIRE = 9;
    /** Weekly statistics. */
    public static final int METRICS = 10;

    private Phases() {
    }
}

package org.sahelsim.model;

/**
 * A read-only snapshot of the ISSP-ISWAP corridor this week, for observers (the GUI draws it): the
 * cells of the route the corridor submodel traced on the ground, and whether the learner can use it.
 * Immutable; the cells are copied out.
 */
public final class CorridorPath {
    /** No route traced (also the state before the corridor submodel first runs, or without it). */
    public static final CorridorPath NONE = new CorridorPath(new int[0], false, false);
    private final int[] cells;
    private final boolean connected;
    private final boolean interdicted;

    /**
     * @param cells       route from the learner's core to the teacher's area (cell indices), empty when none
     * @param connected   the corridor is in use this week: a route exists, it is open and not interdicted
     * @param interdicted a scenario interdiction is in effect this week
     */
    public CorridorPath(int[] cells, boolean connected, boolean interdicted) {
        this.cells = cells.clone();
        this.connected = connected;
        this.interdicted = interdicted;
        if (connected && (cells.length == 0 || interdicted)) {
            throw new IllegalArgumentException("a connected corridor needs a route and no interdiction");
        }
    }

    /** The corridor carries fighters and skills this week. */
    public boolean connected() {
        return connected;
    }

    /** A scenario interdiction is in effect this week (the route, if any, is cut). */
    public boolean interdicted() {
        return interdicted;
    }

    /** Whether a route exists on the ground (it may still be interdicted or not yet open). */
    public boolean routed() {
        return cells.length > 0;
    }

    /** Number of cells on the route; 0 without one. */
    public int length() {
        return cells.length;
    }

    /** The k-th cell of the route, from the learner's end. */
    public int cell(int k) {
        return cells[k];
    }

    /** A copy of the route's cells. */
    public int[] cells() {
        return cells.clone();
    }
}

package org.sahelsim.model;

/**
 * What combat and control need to know about ceasefires: whether a pair may clash in a cell.
 * The ceasefire submodel installs its implementation; without it nothing is forbidden.
 */
public interface Truces {
    /** True when a ceasefire in force forbids {@code a} and {@code b} to fight in {@code cell}. */
    boolean forbids(Faction a, Faction b, int cell);

    /** No ceasefires at all. */
    Truces NONE = (a, b, cell) -> false;
}

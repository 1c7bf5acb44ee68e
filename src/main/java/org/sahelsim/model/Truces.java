package org.sahelsim.model;

/**
 * What combat and the decision phase need to know about ceasefires. The ceasefire submodel
 * installs its implementation; without it nothing is forbidden or restrained.
 */
public interface Truces {
    /** True when a ceasefire in force forbids {@code a} and {@code b} to fight in {@code cell}. */
    boolean forbids(Faction a, Faction b, int cell);

    /**
     * True when a ceasefire in force or eroding keeps {@code a} from planning attacks on {@code b}
     * (and from taking {@code b}'s ground) in {@code cell}.
     */
    default boolean restrains(Faction a, Faction b, int cell) {
        return forbids(a, b, cell);
    }

    /** True when {@code f} is bound by a ceasefire in force or eroding: its units redeploy to other fronts. */
    default boolean redeploying(Faction f) {
        return false;
    }

    /** No ceasefires at all. */
    Truces NONE = (a, b, cell) -> false;
}

package org.sahelsim.model;

/**
 * A read-only snapshot of one pair's ceasefire relation, for observers (the GUI, validation, tests):
 * the pair, its state, where it applies and its terms. Made by {@link SahelModel#agreements()}; the
 * ceasefire submodel's live state is not reachable from it.
 *
 * @param a          first party (lower ordinal)
 * @param b          second party
 * @param state      state this week
 * @param scope      where the ceasefire applies (immutable)
 * @param sinceWeek  week index the current state was entered
 * @param monitored  monitored this week (its own terms or a framework's)
 * @param guaranteed a third-party guarantor this week (its own terms or a framework's)
 */
public record Agreement(Faction a, Faction b, CeasefireState state, TruceScope scope, int sinceWeek,
                        boolean monitored, boolean guaranteed) {

    static Agreement of(Pact p) {
        return new Agreement(p.a, p.b, p.state, p.scope, p.since, p.monitored, p.guaranteed);
    }

    /** Whether this is the agreement between f and g, in either order. */
    public boolean between(Faction f, Faction g) {
        return (a == f && b == g) || (a == g && b == f);
    }

    /** Whether the cell lies inside the scope. */
    public boolean covers(SahelMap map, int cell) {
        return scope.contains(map, cell);
    }

    /** "ISSP-JNIM in-force (ML-9 Ansongo +8)". */
    @Override
    public String toString() {
        return a.name() + "-" + b.name() + " " + state.label() + " (" + scope.label() + ")";
    }
}

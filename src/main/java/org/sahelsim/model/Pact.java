package org.sahelsim.model;

/**
 * The ceasefire relation of one pair of factions during a run: its state, scope and terms, and what
 * drove its hazards in the last week (written to ceasefires.csv). Owned and changed by the ceasefire
 * submodel; {@link #a} has the lower ordinal.
 */
public final class Pact {
    public final Faction a;
    public final Faction b;
    /** Declared in the scenario's ceasefire block (its scope and terms are then the declared ones). */
    public final boolean declared;
    public CeasefireState state = CeasefireState.NONE;
    /** Week the current state was entered. */
    public int since;
    /** Week the pact last came to restrain the parties (not counting repairs of an eroding pact), or -1. */
    public int startedWeek = -1;
    public TruceScope scope = TruceScope.everywhere();
    /** Bit set of the faction ordinals bound on a's side and on b's side. */
    public int sideA;
    public int sideB;
    /** Terms of the pact itself; frameworks covering its scope can add to them. */
    public boolean mediation;
    public boolean monitoring;
    public boolean guarantor;
    /** A scenario forbids this ceasefire: no talks, no onset. */
    public boolean forbidden;
    /** Effective terms last week, own or from a framework. */
    public boolean monitored;
    public boolean guaranteed;
    /**
     * Last week's drivers: units in contact, fighters defecting between the parties, share of their
     * residents on the shared frontier (0..1), leaders killed, spoiler attacks, violations.
     */
    public int contacts;
    public double defections;
    public double competition;
    public int leadersKilled;
    public int spoilers;
    public int violations;
    /** Mean weekly losses the lower-losing party took from the other, recent (fighters/week). */
    public double cost;
    /** Chance this week of leaving the current state by the rule (onset, agreement, erosion or breakdown). */
    public double hazard;

    public Pact(Faction a, Faction b, boolean declared) {
        if (a.ordinal() >= b.ordinal()) {
            throw new IllegalArgumentException("pact " + a + "-" + b + ": give the lower ordinal first");
        }
        this.a = a;
        this.b = b;
        this.declared = declared;
    }

    /** Whether faction f is bound on either side. */
    public boolean binds(Faction f) {
        return ((sideA | sideB) & (1 << f.ordinal())) != 0;
    }

    /** Whether f and g are bound on opposite sides. */
    public boolean opposes(Faction f, Faction g) {
        int bf = 1 << f.ordinal();
        int bg = 1 << g.ordinal();
        return ((sideA & bf) != 0 && (sideB & bg) != 0) || ((sideB & bf) != 0 && (sideA & bg) != 0);
    }

    /** "ISSP-JNIM". */
    public String pair() {
        return a.name() + "-" + b.name();
    }
}

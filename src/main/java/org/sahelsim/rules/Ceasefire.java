package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.sahelsim.model.CeasefireState;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Pact;
import org.sahelsim.model.Phases;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Submodel;
import org.sahelsim.model.Truces;
import org.sahelsim.model.TruceScope;
import org.sahelsim.model.config.CeasefireParams;
import org.sahelsim.model.config.CeasefireSetup;

/**
 * Ceasefire submodel (docs/odd/submodels/ceasefire.md): one pact per pair of factions moves through
 * none → talks → in force → eroding → broken → none. Talks open at a rate raised by costly mutual
 * fighting, mediation and a ceasefire with another actor; a ceasefire in force erodes at a rate raised
 * by contact, defections, competition for recruits, leaders killed and spoilers and lowered by
 * monitoring and a guarantor. While in force the pair does not fight inside the scope (combat asks
 * {@link #forbids}); in force or eroding its units plan no attacks on each other there
 * ({@link #restrains}) and redeploy ({@link #redeploying}). Implements {@link Truces} for the model.
 */
public final class Ceasefire implements Submodel, Truces {
    private static final int N = Faction.count();
    private final Pact[] byPair = new Pact[N * N];
    private final int[][] cellsByPair = new int[N * N][];
    private final int[] movedWeek = new int[N * N];
    private final List<Pact> tracked = new ArrayList<>();
    private TruceTable table;
    private SahelMap map;
    private CeasefireParams p;
    private FightingCost cost;
    private Frameworks frameworks;
    private boolean[] scratch;
    private int[] everywhereCells;
    private boolean dirty;

    @Override
    public int phase() {
        return Phases.CEASEFIRE;
    }

    @Override
    public void reset(SahelModel m) {
        map = m.map;
        p = m.config.ceasefires();
        cost = new FightingCost(p.costMemoryWeeks(), map.regions.size());
        Arrays.fill(byPair, null);
        Arrays.fill(cellsByPair, null);
        tracked.clear();
        scratch = new boolean[map.regions.size()];
        everywhereCells = scopeCells(m, TruceScope.everywhere());
        frameworks = new Frameworks(map, p.frameworks());
        for (CeasefireSetup s : p.agreements()) {
            declare(m, s);
        }
        Arrays.fill(movedWeek, -1);
        m.truces = this;
        m.pacts = Collections.unmodifiableList(tracked);
        rebuild();
    }

    private void declare(SahelModel m, CeasefireSetup s) {
        Pact pact = track(s.a(), s.b(), true);
        pact.mediation = s.mediation();
        pact.monitoring = s.monitoring();
        pact.guarantor = s.guarantor();
        pact.forbidden = s.forbidden();
        setScope(m, pact, TruceScope.of(map, s.regions(), s.site(), s.radiusCells()));
        if (s.state() != CeasefireState.NONE) {
            enter(m, pact, s.state(), "declared at the start");
        }
    }

    @Override
    public void apply(SahelModel m) {
        cost.week(m);
        for (int lo = 0; lo < N; lo++) {
            for (int hi = lo + 1; hi < N; hi++) {
                Pact pact = byPair[lo * N + hi];
                if (pact == null) {
                    onset(m, Faction.of(lo), Faction.of(hi), null);
                } else {
                    step(m, pact);
                }
            }
        }
        if (dirty) {
            rebuild();
        }
    }

    /**
     * Onset of talks by the rule. A declared pact negotiates over its declared scope; any other pair
     * only where it fights: over the regions of its recent losses, and only above {@code minCost}.
     */
    private void onset(SahelModel m, Faction a, Faction b, Pact pact) {
        boolean declared = pact != null && pact.declared;
        boolean open = p.endogenous() && m.relations.hostile(a, b) && m.state(a).enabled && m.state(b).enabled
                && p.willingnessOf(a) * p.willingnessOf(b) > 0 && (pact == null || !pact.forbidden);
        int pair = FightingCost.pair(a, b);
        if (!open || (!declared && !(cost.mutual(pair) >= p.minCost() && cost.fightingRegions(pair, p.scopeShare(), scratch)))) {
            return;
        }
        boolean mediated = (pact != null && pact.mediation) || frameworks.lends(declared ? pact.scope : null, scratch, Frameworks.MEDIATION);
        double prob = CeasefireHazards.probability(CeasefireHazards.onset(p, p.willingnessOf(a), p.willingnessOf(b),
                cost.mutual(pair), mediated, reputation(a, b)));
        if (pact != null) {
            pact.hazard = prob;
        }
        if (m.random.nextBoolean(prob)) {
            Pact target = pact != null ? pact : track(a, b, false);
            if (!declared) {
                setScope(m, target, TruceScope.ofRegions(map, scratch));
            }
            target.hazard = prob;
            enter(m, target, CeasefireState.TALKS, "costly fighting");
        }
    }

    /** A pact changes state at most once a week: one entered this week (e.g. by an event) waits. */
    private void step(SahelModel m, Pact pact) {
        pact.monitored = pact.monitoring || frameworks.lends(pact.scope, null, Frameworks.MONITORING);
        pact.guaranteed = pact.guarantor || frameworks.lends(pact.scope, null, Frameworks.GUARANTOR);
        pact.cost = cost.mutual(FightingCost.pair(pact.a, pact.b));
        if (movedWeek[FightingCost.pair(pact.a, pact.b)] == m.week()) {
            return;
        }
        if (pact.state.restrains() && !(m.state(pact.a).enabled && m.state(pact.b).enabled)) {
            enter(m, pact, CeasefireState.BROKEN, "a party withdrew");
            return;
        }
        pact.hazard = 0;
        if (!pact.state.restrains()) {
            TruceDrivers.clear(pact);
        }
        switch (pact.state) {
            case NONE -> onset(m, pact.a, pact.b, pact);
            case TALKS -> stepTalks(m, pact);
            case IN_FORCE -> stepInForce(m, pact);
            case ERODING -> stepEroding(m, pact);
            case BROKEN -> {
                if (m.week() - pact.since >= p.cooldownWeeks()) {
                    enter(m, pact, CeasefireState.NONE, "cooling-off over");
                }
            }
        }
    }

    private void stepTalks(SahelModel m, Pact pact) {
        pact.hazard = p.agreeRate();
        if (m.random.nextBoolean(p.agreeRate())) {
            enter(m, pact, CeasefireState.IN_FORCE, "agreement");
        } else if (m.random.nextBoolean(p.talksFailRate())) {
            enter(m, pact, CeasefireState.NONE, "talks collapsed");
        }
    }

    private void stepInForce(SahelModel m, Pact pact) {
        measure(m, pact);
        pact.hazard = CeasefireHazards.probability(CeasefireHazards.erosion(p, pact));
        if (m.random.nextBoolean(pact.hazard)) {
            enter(m, pact, CeasefireState.ERODING, "friction");
        }
    }

    private void stepEroding(SahelModel m, Pact pact) {
        measure(m, pact);
        pact.hazard = CeasefireHazards.probability(CeasefireHazards.breakdown(p, pact));
        if (m.random.nextBoolean(pact.hazard)) {
            enter(m, pact, CeasefireState.BROKEN, pact.violations + " violations");
        } else if (pact.violations == 0 && m.random.nextBoolean(p.repairRate())) {
            enter(m, pact, CeasefireState.IN_FORCE, "repaired");
        }
    }

    private void measure(SahelModel m, Pact pact) {
        TruceDrivers.measure(m, pact, cellsByPair[FightingCost.pair(pact.a, pact.b)]);
    }

    /** Either party already has a ceasefire in force or eroding with another actor (Bara and Clayton 2022). */
    private boolean reputation(Faction a, Faction b) {
        for (Pact other : tracked) {
            boolean shares = other.a == a || other.b == a || other.a == b || other.b == b;
            if (shares && other.state.restrains() && !(other.a == a && other.b == b)) {
                return true;
            }
        }
        return false;
    }

    /** The pact of a pair, created (untracked pairs start in state none) when needed. */
    Pact track(Faction f, Faction g, boolean declared) {
        int pair = FightingCost.pair(f, g);
        if (byPair[pair] == null) {
            Faction lo = f.ordinal() < g.ordinal() ? f : g;
            Faction hi = lo == f ? g : f;
            byPair[pair] = new Pact(lo, hi, declared);
            tracked.add(byPair[pair]);
            tracked.sort((x, y) -> Integer.compare(FightingCost.pair(x.a, x.b), FightingCost.pair(y.a, y.b)));
        }
        return byPair[pair];
    }

    /** Sets where the pact applies and who it binds; a new scope's cells are listed once here. */
    void setScope(SahelModel m, Pact pact, TruceScope scope) {
        int pair = FightingCost.pair(pact.a, pact.b);
        if (pact.scope != scope || cellsByPair[pair] == null) {
            pact.scope = scope;
            cellsByPair[pair] = scope.global() ? everywhereCells : scopeCells(m, scope);
        }
        pact.sideA = side(pact.a, scope);
        pact.sideB = side(pact.b, scope);
        dirty = true;
    }

    /**
     * Who a pact binds on one side: the named party; for a ceasefire everywhere with a national army,
     * also that country's militias (its auxiliaries). Local truces bind only their named parties (the
     * Niono accord); Africa Corps and France are never bound by another party's agreement.
     */
    static int side(Faction party, TruceScope scope) {
        int bits = 1 << party.ordinal();
        if (party.kind == Faction.Kind.STATE && scope.global()) {
            for (Faction f : Faction.values()) {
                if (f.kind == Faction.Kind.MILITIA && party.country.equals(f.country)) {
                    bits |= 1 << f.ordinal();
                }
            }
        }
        return bits;
    }

    private static int[] scopeCells(SahelModel m, TruceScope scope) {
        int n = 0;
        int[] buf = new int[m.map.cells()];
        for (int c = 0; c < buf.length; c++) {
            if (m.passable(c) && scope.contains(m.map, c)) {
                buf[n++] = c;
            }
        }
        return Arrays.copyOf(buf, n);
    }

    /** Moves the pact to a new state and logs the change. */
    void enter(SahelModel m, Pact pact, CeasefireState next, String why) {
        CeasefireState before = pact.state;
        if (before == next) {
            return;
        }
        pact.state = next;
        pact.since = m.week();
        movedWeek[FightingCost.pair(pact.a, pact.b)] = m.week();
        if (next.restrains() && !before.restrains()) {
            pact.startedWeek = m.week();
        }
        dirty = true;
        m.log("ceasefire", pact.a, pact.pair() + " " + before.label() + " -> " + next.label() + " (" + pact.scope.label()
                + "): " + why);
    }

    /** Recomputes the lookup tables after changes of state or scope. */
    void rebuild() {
        table = new TruceTable(map, tracked);
        dirty = false;
    }

    /** Switches a framework by name; false when there is none of that name. */
    boolean setFramework(String name, boolean active) {
        return frameworks.set(name, active);
    }

    @Override
    public boolean forbids(Faction a, Faction b, int cell) {
        return table.forbids(a, b, cell);
    }

    @Override
    public boolean restrains(Faction a, Faction b, int cell) {
        return table.restrains(a, b, cell);
    }

    @Override
    public boolean redeploying(Faction f) {
        return table.redeploying(f);
    }
}

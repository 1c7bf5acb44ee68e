package org.sahelsim.rules;

import java.util.List;
import java.util.stream.Stream;
import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.Capability;
import org.sahelsim.model.CorridorPath;
import org.sahelsim.model.Faction;
import org.sahelsim.model.FactionState;
import org.sahelsim.model.Indicator;
import org.sahelsim.model.Phases;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Submodel;
import org.sahelsim.model.config.CorridorParams;

/**
 * Corridor and skill transfer (docs/odd/submodels/skill-transfer.md). Each week the corridor from
 * the learner's core (ISSP) to the teacher's area (ISWAP) is traced by {@link CorridorSearch}. While
 * it connects and is not interdicted, the learner's progress toward the next capability level (IED →
 * SVBIED → complex raid) grows by {@code gainRate} and the teacher sends {@code fighterRate} fighters
 * a week. While it is cut, progress fades by {@code decayRate}; with no progress left, the hold on
 * the current level fades at the same rate, and when it is gone the level drops by one, never below
 * {@code floor}.
 */
public final class SkillTransfer implements Submodel {
    private static final Capability[] LEVELS = Capability.values();
    private CorridorSearch search;
    private double progress;
    private double hold = 1;
    private double owed;
    private boolean wasConnected;

    @Override
    public int phase() {
        return Phases.CORRIDOR;
    }

    @Override
    public void reset(SahelModel m) {
        CorridorParams p = m.config.corridor();
        search = onMap(m, p) ? new CorridorSearch(m, p) : null;
        progress = 0;
        hold = 1;
        owed = 0;
        wasConnected = false;
    }

    @Override
    public void apply(SahelModel m) {
        CorridorParams p = m.config.corridor();
        FactionState learner = m.state(p.learner());
        boolean connected = trace(m, p);
        if (connected != wasConnected) {
            m.log("corridor", p.learner(), "corridor to " + p.teacher() + (connected ? " connects" : " is cut")
                    + (p.interdicted(m.date()) ? " (interdicted)" : ""));
            wasConnected = connected;
        }
        Capability before = learner.capability;
        if (connected) {
            learn(learner, p);
            sendFighters(m, p);
        } else {
            forget(learner, p);
        }
        if (learner.capability != before) {
            m.log("capability", p.learner(), p.learner() + " capability " + label(before) + " -> " + label(learner.capability));
        }
        record(m, p, connected);
    }

    /**
     * Traces the route on the ground (while both factions are present), publishes it as
     * {@link SahelModel#corridor} and returns whether the corridor is in use this week: a route
     * exists, the teacher uses it ({@code openFrom}) and no interdiction is in effect.
     */
    private boolean trace(SahelModel m, CorridorParams p) {
        boolean present = search != null && m.state(p.learner()).enabled && m.state(p.teacher()).enabled;
        int[] route = present ? search.trace(m.territory, p.learner().ordinal(), p.teacher().ordinal(), m.week(),
                p.presenceWeeks()) : new int[0];
        boolean interdicted = p.interdicted(m.date());
        boolean connected = route.length > 0 && p.open(m.date()) && !interdicted;
        m.corridor = new CorridorPath(route, connected, interdicted);
        return connected;
    }

    /**
     * Whether the map has every region of the corridor. Scenario files are checked against the map
     * when loaded, so this is false only for maps without the corridor's regions (test worlds), where
     * the submodel then traces nothing.
     */
    private static boolean onMap(SahelModel m, CorridorParams p) {
        return Stream.of(p.sourceRegions(), p.waypointRegions(), p.transitRegions(), p.targetRegions())
                .flatMap(List::stream).allMatch(r -> m.map.regionIndex(r) >= 0);
    }

    /** One connected week: the hold is refreshed and progress grows; a full bar is the next level. */
    void learn(FactionState s, CorridorParams p) {
        hold = 1;
        if (s.capability == Capability.COMPLEX_RAID) {
            progress = 0;
            return;
        }
        progress += p.gainRate();
        if (progress >= 1) {
            s.capability = LEVELS[s.capability.ordinal() + 1];
            progress = 0;
        }
    }

    /** One cut week: progress fades first, then the hold on the level, then the level itself. */
    void forget(FactionState s, CorridorParams p) {
        if (progress > 0) {
            progress = Math.max(0, progress - p.decayRate());
            return;
        }
        if (s.capability.ordinal() <= p.floor().ordinal()) {
            return;
        }
        hold -= p.decayRate();
        if (hold <= 0) {
            s.capability = LEVELS[s.capability.ordinal() - 1];
            hold = 1;
        }
    }

    /**
     * Moves whole fighters owed so far from the teacher's largest unit in its area to the learner's
     * largest unit in its core; nothing moves when either has no unit there, or the donor would fall
     * below the combat minimum.
     */
    private void sendFighters(SahelModel m, CorridorParams p) {
        owed += p.fighterRate();
        int n = (int) owed;
        if (n == 0) {
            return;
        }
        owed -= n;
        ArmedUnit donor = largest(m, p.teacher(), false);
        ArmedUnit taker = largest(m, p.learner(), true);
        if (donor == null || taker == null || donor.fighters - n < m.config.combat().minFighters()) {
            return;
        }
        donor.fighters -= n;
        taker.fighters += n;
    }

    private ArmedUnit largest(SahelModel m, Faction f, boolean inSource) {
        ArmedUnit best = null;
        for (ArmedUnit u : m.units) {
            int c = m.map.index(u.x, u.y);
            if (u.alive && u.faction == f && u.isMobile() && (inSource ? search.inSource(c) : search.inTarget(c))
                    && (best == null || u.fighters > best.fighters)) {
                best = u;
            }
        }
        return best;
    }

    private void record(SahelModel m, CorridorParams p, boolean connected) {
        m.indicators.set(Indicator.CORRIDOR_CONNECTED, p.learner(), connected ? 1 : 0);
        m.indicators.set(Indicator.CAPABILITY_PROGRESS, p.learner(), progress);
        for (Faction f : Faction.values()) {
            m.indicators.set(Indicator.CAPABILITY, f, m.state(f).capability.ordinal());
        }
    }

    private static String label(Capability c) {
        return c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Progress toward the next level, 0..1 (for tests). */
    double progress() {
        return progress;
    }
}

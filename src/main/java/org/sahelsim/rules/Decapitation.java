package org.sahelsim.rules;

import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.Faction;
import org.sahelsim.model.FactionState;
import org.sahelsim.model.Indicator;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.config.DecapitationParams;

/**
 * The decapitation lottery (docs/odd/submodels/decapitation.md). Killing a group's top leader
 * gives every unit of the group a short cohesion shock, then a succession that either weakens the
 * group (leadership and momentum fall) or strengthens it (both rise). Both the shock and the odds
 * and size of a weakening succession scale with the group's vulnerability, which shrinks with its
 * size and age (Price 2012; Jordan 2009). Killing a unit's commander gives that unit the shock.
 * Used by drone strikes and by the {@code leader-killed} timeline event alike.
 */
public final class Decapitation {
    /** Mean length of a year in weeks, to age groups during a run. */
    static final double WEEKS_PER_YEAR = 52.1775;

    /** What a leader's death did to the group. */
    public record Outcome(double vulnerability, boolean weakened) {
    }

    private Decapitation() {
    }

    /**
     * Vulnerability of a group of {@code fighters} aged {@code ageYears}, in (0, 1]:
     * {@code 1 / ((1 + fighters / sizeScale) · (1 + ageYears / ageScale))}.
     */
    public static double vulnerability(DecapitationParams p, double fighters, double ageYears) {
        return 1.0 / ((1 + Math.max(0, fighters) / p.sizeScale()) * (1 + Math.max(0, ageYears) / p.ageScale()));
    }

    /** Age of the group now: its age at the start plus the time simulated. */
    public static double ageYears(SahelModel m, Faction f) {
        return m.state(f).groupAgeYears + m.week() / WEEKS_PER_YEAR;
    }

    /** Fighters in the group's living units. */
    static int fighters(SahelModel m, Faction f) {
        int n = 0;
        for (ArmedUnit u : m.units) {
            if (u.alive && u.faction == f) {
                n += u.fighters;
            }
        }
        return n;
    }

    /** The top leader of {@code f} is killed: shock, succession lottery, indicator and log. */
    public static Outcome leaderKilled(SahelModel m, Faction f, String cause) {
        DecapitationParams p = m.config.drones().decapitation();
        double v = vulnerability(p, fighters(m, f), ageYears(m, f));
        for (ArmedUnit u : m.units) {
            if (u.alive && u.faction == f) {
                u.cohesion = Math.max(0, u.cohesion - p.leaderShock() * v);
            }
        }
        boolean weakened = m.random.nextBoolean(p.weakenChance(v));
        succession(m.state(f), p, v, weakened);
        m.indicators.add(Indicator.LEADERS_KILLED, f, 1);
        m.log("leader-killed", f, cause + "; vulnerability " + String.format(java.util.Locale.ROOT, "%.3f", v)
                + (weakened ? ", the succession weakens the group" : ", the succession strengthens the group"));
        return new Outcome(v, weakened);
    }

    /** Applies a succession outcome to leadership and momentum (both kept in their ranges). */
    static void succession(FactionState s, DecapitationParams p, double v, boolean weakened) {
        double delta = weakened ? -p.successionLoss() * v : p.successionGain();
        s.leadership = Math.max(0, Math.min(1, s.leadership + delta));
        s.momentum = Math.max(-1, Math.min(1, s.momentum + delta));
    }

    /** The commander of {@code u} is killed: the unit's cohesion shock, scaled by the unit's vulnerability. */
    public static void commanderKilled(SahelModel m, ArmedUnit u, String cause) {
        DecapitationParams p = m.config.drones().decapitation();
        double v = vulnerability(p, u.fighters, ageYears(m, u.faction));
        u.cohesion = Math.max(0, u.cohesion - p.commanderShock() * v);
        m.indicators.add(Indicator.LEADERS_KILLED, u.faction, 1);
        m.log("commander-killed", u.faction, "commander of " + u + " killed (" + cause + ")");
    }
}

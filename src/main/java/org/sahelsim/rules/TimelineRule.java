package org.sahelsim.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sahelsim.model.ArmedUnit;
import org.sahelsim.model.DroneWing;
import org.sahelsim.model.Faction;
import org.sahelsim.model.FactionState;
import org.sahelsim.model.Initialization;
import org.sahelsim.model.Phases;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Site;
import org.sahelsim.model.Submodel;
import org.sahelsim.model.Territory;
import org.sahelsim.model.config.AddAircraft;
import org.sahelsim.model.config.AddUnits;
import org.sahelsim.model.config.LeaderKilled;
import org.sahelsim.model.config.MoveBase;
import org.sahelsim.model.config.SetForce;
import org.sahelsim.model.config.SetIntelSharing;
import org.sahelsim.model.config.SetStance;
import org.sahelsim.model.config.TimelineEvent;

/**
 * Events phase: applies the scenario's dated events that fall in the current week (docs/odd/
 * submodels/timeline.md). Events that fall before the start are applied in the first week.
 */
public final class TimelineRule implements Submodel {
    private List<TimelineEvent> pending = List.of();
    private int next;

    @Override
    public int phase() {
        return Phases.EVENTS;
    }

    @Override
    public void reset(SahelModel m) {
        List<TimelineEvent> sorted = new ArrayList<>(m.config.timeline());
        sorted.sort(Comparator.comparing(TimelineEvent::date));
        pending = sorted;
        next = 0;
    }

    @Override
    public void apply(SahelModel m) {
        m.weekEvents.clear();
        m.weekLog.clear();
        m.indicators.startWeek();
        LocalDate weekEnd = m.date().plusDays(7);
        while (next < pending.size() && pending.get(next).date().isBefore(weekEnd)) {
            TimelineEvent e = pending.get(next++);
            applyEvent(m, e);
            m.log("timeline", null, e.describe());
        }
    }

    static void applyEvent(SahelModel m, TimelineEvent e) {
        if (e instanceof SetForce s) {
            setForce(m, s);
        } else if (e instanceof SetStance s) {
            m.relations.set(s.a(), s.b(), s.stance());
        } else if (e instanceof AddUnits a) {
            m.state(a.faction()).enabled = true;
            Initialization.placeForce(m, a.asForce());
        } else if (e instanceof MoveBase mb) {
            moveBase(m, mb);
        } else if (e instanceof AddAircraft a) {
            wing(m, a.wing()).deliver(a.aircraft());
        } else if (e instanceof SetIntelSharing s) {
            setIntelSharing(m, s);
        } else if (e instanceof LeaderKilled k) {
            Decapitation.leaderKilled(m, k.faction(), k.describe());
        } else if (CeasefireEvents.handles(e)) {
            CeasefireEvents.apply(m, e);
        }
    }

    private static DroneWing wing(SahelModel m, String name) {
        DroneWing w = m.wing(name);
        if (w == null) {
            throw new IllegalArgumentException("add-aircraft: unknown wing '" + name + "'");
        }
        return w;
    }

    private static void setIntelSharing(SahelModel m, SetIntelSharing s) {
        for (Faction f : Faction.values()) {
            if (s.faction() == null || s.faction() == f) {
                m.intelSharing[f.ordinal()] = s.level();
            }
        }
    }

    private static void setForce(SahelModel m, SetForce s) {
        FactionState st = m.state(s.faction());
        if (s.enabled()) {
            st.enabled = true;
            return;
        }
        for (ArmedUnit u : m.units) {
            if (u.faction == s.faction() && (s.country() == null || s.country().equals(m.map.countryOf(m.map.index(u.x, u.y))))) {
                m.kill(u, "withdrawn");
            }
        }
        m.sweepDead();
        releaseTerritory(m, s);
        if (s.country() == null) {
            st.enabled = false;
        }
    }

    /** The cells a withdrawn force held in the scope of the withdrawal fall to nobody: no one is left to hold them. */
    private static void releaseTerritory(SahelModel m, SetForce s) {
        int f = s.faction().ordinal();
        for (int c = 0; c < m.territory.controller.length; c++) {
            if (m.territory.controller[c] == f && (s.country() == null || s.country().equals(m.map.countryOf(c)))) {
                m.territory.assign(c, Territory.NONE, m.week());
            }
        }
    }

    private static void moveBase(SahelModel m, MoveBase mb) {
        Site to = m.map.site(mb.to());
        if (to == null) {
            throw new IllegalArgumentException("move-base: unknown site '" + mb.to() + "'");
        }
        for (ArmedUnit u : m.units) {
            if (mb.from().equals(u.site) && (mb.faction() == null || mb.faction() == u.faction)) {
                u.site = to.name();
                m.place(u, m.map.x(to.lon()), m.map.y(to.lat()));
                u.homeX = u.x;
                u.homeY = u.y;
            }
        }
        for (DroneWing w : m.wings) {
            if (mb.from().equals(w.base) && (mb.faction() == null || mb.faction() == w.owner())) {
                w.moveTo(to);
            }
        }
    }
}

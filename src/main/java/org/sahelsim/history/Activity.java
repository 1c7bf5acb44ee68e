package org.sahelsim.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Region;

/**
 * Where each faction was active in the event window, and how much: lethal events and deaths per
 * admin-1 region of the model map (the committed {@code ucdp-activity-2017-2019.csv}).
 *
 * @param events  the events used, in file order
 * @param rows    one row per faction and region with at least one event, by faction, then events
 *                (most first), then region code
 * @param tally   what was left out and why
 */
public record Activity(List<PlacedEvent> events, List<Row> rows, Tally tally) {

    /**
     * One faction in one region.
     *
     * @param faction faction
     * @param region  region
     * @param events  events that involve the faction
     * @param byYear  of which in each year of the window, first year first
     * @param deaths  UCDP best estimate of deaths in those events
     * @param share   share of the faction's events that fall in this region, 0..1
     * @param actors  UCDP actors behind the faction's side in these events, sorted
     */
    public record Row(Faction faction, Region region, int events, int[] byYear, int deaths, double share,
                      List<String> actors) {
    }

    /**
     * @param inWindow   events in the window of years
     * @param imprecise  of which located less precisely than the spec allows
     * @param outside    of which outside the study countries or off the map
     * @param unmodelled of which with no modelled faction on either side
     * @param used       events kept
     */
    public record Tally(int inWindow, int imprecise, int outside, int unmodelled, int used) {
    }

    /** Selects, places and maps the events of the window. */
    public static Activity of(List<UcdpEvent> all, DerivationSpec spec, EventPlacer placer) {
        List<PlacedEvent> used = new ArrayList<>();
        int inWindow = 0;
        int imprecise = 0;
        int outside = 0;
        int unmodelled = 0;
        for (UcdpEvent e : all) {
            if (e.year() < spec.firstYear() || e.year() > spec.lastYear()) {
                continue;
            }
            inWindow++;
            Region r = placer.region(e);
            if (e.wherePrec() > spec.maxWherePrec()) {
                imprecise++;
            } else if (r == null) {
                outside++;
            } else {
                PlacedEvent p = new PlacedEvent(e, r, ActorMapping.factions(e.sideA(), r.code(), r.country()),
                        ActorMapping.factions(e.sideB(), r.code(), r.country()));
                if (p.sideA().isEmpty() && p.sideB().isEmpty()) {
                    unmodelled++;
                } else {
                    used.add(p);
                }
            }
        }
        Tally t = new Tally(inWindow, imprecise, outside, unmodelled, used.size());
        return new Activity(List.copyOf(used), rows(used, spec), t);
    }

    private static List<Row> rows(List<PlacedEvent> events, DerivationSpec spec) {
        int years = spec.lastYear() - spec.firstYear() + 1;
        List<Row> out = new ArrayList<>();
        for (Faction f : Faction.values()) {
            Map<String, List<PlacedEvent>> byRegion = new TreeMap<>();
            for (PlacedEvent p : events) {
                if (p.involves(f)) {
                    byRegion.computeIfAbsent(p.region().code(), k -> new ArrayList<>()).add(p);
                }
            }
            int total = byRegion.values().stream().mapToInt(List::size).sum();
            List<Row> rows = new ArrayList<>();
            for (List<PlacedEvent> list : byRegion.values()) {
                rows.add(row(f, list, total, years, spec.firstYear()));
            }
            rows.sort(Comparator.comparingInt(Row::events).reversed().thenComparing(r -> r.region().code()));
            out.addAll(rows);
        }
        return List.copyOf(out);
    }

    private static Row row(Faction f, List<PlacedEvent> list, int total, int years, int firstYear) {
        int[] byYear = new int[years];
        int deaths = 0;
        TreeSet<String> actors = new TreeSet<>();
        for (PlacedEvent p : list) {
            byYear[p.event().year() - firstYear]++;
            deaths += p.event().best();
            actors.addAll(actorsFor(p, p.event().sideA(), f));
            actors.addAll(actorsFor(p, p.event().sideB(), f));
        }
        return new Row(f, list.get(0).region(), list.size(), byYear, deaths, list.size() / (double) total,
                List.copyOf(actors));
    }

    /** The actors of one side that stand for {@code f} at the event's place. */
    private static List<String> actorsFor(PlacedEvent p, String side, Faction f) {
        return ActorMapping.actors(side).stream()
                .filter(a -> ActorMapping.faction(a, p.region().code(), p.region().country()) == f).toList();
    }

    /** Number of events that involve {@code f}. */
    public int events(Faction f) {
        return rows.stream().filter(r -> r.faction() == f).mapToInt(Row::events).sum();
    }
}

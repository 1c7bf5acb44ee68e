package org.sahelsim.history;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sahelsim.model.Faction;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.config.GrievanceParams;

/**
 * The grievance the abuses of the event window leave at the start of the historical scenario
 * (docs/event-data.md, "Initial grievance"). The events are replayed in date order through the
 * model's grievance rule (docs/odd/submodels/grievance-dynamics.md) with its default parameters:
 * every event in a populated cell raises the slow level by displacement, plus the abuse of the
 * pro-government faction taking part (the largest, when several do), plus
 * {@code civilianGrievance} per civilian killed when the event is one-sided violence by a
 * pro-government faction; the raise spreads to cells within {@code spreadCells} with weight
 * 1/(1 + d) and relaxes toward the baseline by {@code levelDecay} a week until the start date.
 * The short-lived backlash has decayed by then and is left out.
 */
public final class GrievanceHistory {
    /** Regions whose mean stays within this of the baseline get no entry. */
    static final double MIN_EXCESS = 0.005;

    /**
     * A region's initial grievance.
     *
     * @param code   region code
     * @param level  population-weighted mean level of its passable, populated cells, 0..1
     * @param events events of the window in the region that raised grievance
     */
    public record Entry(String code, double level, int events) {
    }

    private final SahelMap map;
    private final GrievanceParams p;
    private final LocalDate start;
    private final boolean[] study;
    private final double[] base;
    private final double[] excess;
    private final int[] week;

    private GrievanceHistory(SahelMap map, GrievanceParams p, LocalDate start) {
        this.map = map;
        this.p = p;
        this.start = start;
        study = new boolean[map.cells()];
        base = new double[map.cells()];
        excess = new double[map.cells()];
        week = new int[map.cells()];
        for (int c = 0; c < base.length; c++) {
            String iso = map.countryOf(c);
            study[c] = iso != null && SahelModel.STUDY_COUNTRIES.contains(iso) && map.isLand(c);
            base[c] = study[c] ? 1 - p.legitimacyIn(iso) : 0;
        }
    }

    /**
     * Replays the placed events and returns the regions whose mean grievance at {@code start} is
     * above their baseline, by code.
     */
    public static List<Entry> derive(List<PlacedEvent> events, EventPlacer placer, GrievanceParams p, LocalDate start) {
        GrievanceHistory h = new GrievanceHistory(placer.map(), p, start);
        Map<String, Integer> counted = new TreeMap<>();
        List<PlacedEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing((PlacedEvent e) -> e.event().date()).thenComparingLong(e -> e.event().id()));
        int first = sorted.isEmpty() ? 0 : h.weekOf(sorted.get(0).event().date());
        java.util.Arrays.fill(h.week, first);
        for (PlacedEvent e : sorted) {
            int cell = placer.cell(e.event());
            if (cell >= 0 && h.map.population[cell] > 0 && h.raise(e, cell)) {
                counted.merge(e.region().code(), 1, Integer::sum);
            }
        }
        return h.regions(counted);
    }

    /** Weeks from the start date (negative before it). */
    private int weekOf(LocalDate d) {
        return (int) Math.floorDiv(ChronoUnit.DAYS.between(start, d), 7);
    }

    /** Raises grievance around the event's cell; false when the event raises nothing. */
    private boolean raise(PlacedEvent e, int cell) {
        double lasting = Math.min(1.0, p.displacement() + abuse(e) + civilians(e));
        int now = weekOf(e.event().date());
        int r = p.spreadCells();
        int cx = cell % map.width;
        int cy = cell / map.width;
        for (int y = Math.max(0, cy - r); y <= Math.min(map.height - 1, cy + r); y++) {
            for (int x = Math.max(0, cx - r); x <= Math.min(map.width - 1, cx + r); x++) {
                int c = map.index(x, y);
                if (study[c]) {
                    decay(c, now);
                    double level = base[c] + excess[c];
                    double w = 1.0 / (1 + Math.max(Math.abs(x - cx), Math.abs(y - cy)));
                    excess[c] = Math.min(1.0, level + lasting * w * (1 - level)) - base[c];
                }
            }
        }
        return lasting > 0;
    }

    private void decay(int c, int now) {
        if (now > week[c]) {
            excess[c] *= Math.pow(1 - p.levelDecay(), now - week[c]);
            week[c] = now;
        }
    }

    /** The largest abuse of a pro-government faction taking part (one operation per event). */
    private double abuse(PlacedEvent e) {
        double most = 0;
        for (Faction f : Faction.values()) {
            if (f.isProGovernment() && e.involves(f)) {
                most = Math.max(most, p.abuse(f));
            }
        }
        return most;
    }

    /** Civilians killed in one-sided violence by a pro-government faction, times civilianGrievance. */
    private double civilians(PlacedEvent e) {
        boolean byProGovernment = e.sideA().stream().anyMatch(Faction::isProGovernment);
        return e.event().typeOfViolence() == 3 && byProGovernment ? p.civilianGrievance() * e.event().civilians() : 0.0;
    }

    private List<Entry> regions(Map<String, Integer> counted) {
        int regions = map.regions.size();
        double[] weighted = new double[regions];
        double[] pop = new double[regions];
        double[] baseSum = new double[regions];
        for (int c = 0; c < base.length; c++) {
            short r = map.admin1[c];
            if (r >= 0 && study[c] && map.population[c] > 0) {
                decay(c, 0);
                weighted[r] += map.population[c] * (base[c] + excess[c]);
                baseSum[r] += map.population[c] * base[c];
                pop[r] += map.population[c];
            }
        }
        List<Entry> out = new ArrayList<>();
        for (int r = 0; r < regions; r++) {
            if (pop[r] > 0 && (weighted[r] - baseSum[r]) / pop[r] >= MIN_EXCESS) {
                String code = map.regions.get(r).code();
                out.add(new Entry(code, weighted[r] / pop[r], counted.getOrDefault(code, 0)));
            }
        }
        out.sort(Comparator.comparing(Entry::code));
        return List.copyOf(out);
    }
}

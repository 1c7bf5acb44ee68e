package org.sahelsim.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sahelsim.model.Faction;
import org.sahelsim.model.UnitKind;

/**
 * Spreads each faction's force total over the regions where the events place it (docs/event-data.md):
 * a region qualifies with at least {@code minEvents} events and {@code minShare} of the faction's
 * events; the fielded total (the total less the fighters in automatic garrisons) is apportioned
 * over the qualifying regions in proportion to their events, in steps of {@code roundTo}, by the
 * largest-remainder method. A pool is split between its factions in the same way, by their events.
 */
public final class ForceAllocation {

    /**
     * One block of the generated {@code forces:} list.
     *
     * @param events events that placed it
     * @param share  share of the qualifying events, 0..1
     */
    public record Block(Faction faction, String region, int fighters, int units, UnitKind kind, int events, double share) {
    }

    /**
     * The blocks of one faction.
     *
     * @param total    the spec entry
     * @param fighters the faction's total (its share of the pool, or its own figure)
     * @param fielded  fighters placed in blocks: {@code fighters} less the garrisons
     * @param basis    events that could place the faction (before the thresholds)
     * @param fallback true when no region qualified and the entry's fallback regions were used
     * @param blocks   blocks, most fighters first
     */
    public record Allocation(DerivationSpec.Total total, int fighters, int fielded, int basis, boolean fallback,
                             List<Block> blocks) {
    }

    private ForceAllocation() {
    }

    /** One allocation per entry of the spec, in the spec's order. */
    public static List<Allocation> allocate(DerivationSpec spec, Activity activity) {
        Map<Faction, Integer> totals = totals(spec, activity);
        List<Allocation> out = new ArrayList<>();
        for (DerivationSpec.Total t : spec.forces()) {
            out.add(allocate(spec, activity, t, totals.get(t.faction())));
        }
        return List.copyOf(out);
    }

    private static Map<Faction, Integer> totals(DerivationSpec spec, Activity activity) {
        Map<Faction, Integer> out = new TreeMap<>();
        for (DerivationSpec.Total t : spec.forces()) {
            if (t.fighters() != null) {
                out.put(t.faction(), t.fighters());
            }
        }
        for (DerivationSpec.Pool pool : spec.pools()) {
            List<DerivationSpec.Total> members = spec.forces().stream().filter(t -> pool.name().equals(t.pool())).toList();
            long[] weights = members.stream().mapToLong(t -> activity.events(t.faction())).toArray();
            int[] shares = apportion(pool.fighters(), weights, spec.roundTo());
            for (int k = 0; k < members.size(); k++) {
                out.put(members.get(k).faction(), shares[k]);
            }
        }
        for (DerivationSpec.Total t : spec.forces()) {
            if (!out.containsKey(t.faction())) {
                throw new IllegalArgumentException("forces: " + t.faction() + " names pool '" + t.pool() + "', which is not defined");
            }
        }
        return out;
    }

    private static Allocation allocate(DerivationSpec spec, Activity activity, DerivationSpec.Total t, int fighters) {
        int fielded = (int) (Math.round((fighters - t.garrisonFighters()) * t.fieldedShare() / spec.roundTo()) * spec.roundTo());
        if (fielded <= 0) {
            throw new IllegalArgumentException("forces: " + t.faction() + " has " + fighters
                    + " fighters, not more than its garrisonFighters = " + t.garrisonFighters());
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (PlacedEvent p : activity.events()) {
            if (p.between(t.placedBy(), t.against())) {
                counts.merge(p.region().code(), 1, Integer::sum);
            }
        }
        int basis = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<Map.Entry<String, Integer>> kept = qualifying(spec, counts, basis);
        boolean fallback = kept.isEmpty();
        if (fallback) {
            kept.addAll(fallback(spec, t));
        }
        long[] w = kept.stream().mapToLong(Map.Entry::getValue).toArray();
        long sum = 0;
        for (long v : w) {
            sum += v;
        }
        int[] share = apportion(fielded, w, spec.roundTo());
        List<Block> blocks = new ArrayList<>();
        for (int k = 0; k < kept.size(); k++) {
            if (share[k] > 0) {
                int units = Math.max(1, (int) Math.round(share[k] / (double) t.unitFighters()));
                blocks.add(new Block(t.faction(), kept.get(k).getKey(), share[k], units, t.kind(),
                        fallback ? 0 : kept.get(k).getValue(), w[k] / (double) sum));
            }
        }
        blocks.sort(Comparator.comparingInt(Block::fighters).reversed().thenComparing(Block::region));
        return new Allocation(t, fighters, fielded, basis, fallback, List.copyOf(blocks));
    }

    /** The entry's fallback regions, in equal shares. */
    private static List<Map.Entry<String, Integer>> fallback(DerivationSpec spec, DerivationSpec.Total t) {
        if (t.regions().isEmpty()) {
            throw new IllegalArgumentException("forces: no region has " + spec.minEvents() + " or more events placing "
                    + t.faction() + " and the entry gives no fallback 'regions'");
        }
        return t.regions().stream().map(r -> Map.entry(r, 1)).toList();
    }

    /** Regions with enough events, most events first (ties by code). */
    private static List<Map.Entry<String, Integer>> qualifying(DerivationSpec spec, Map<String, Integer> counts, int basis) {
        List<Map.Entry<String, Integer>> kept = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= spec.minEvents() && e.getValue() >= spec.minShare() * basis) {
                kept.add(Map.entry(e.getKey(), e.getValue()));
            }
        }
        kept.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return kept;
    }

    /**
     * Splits {@code total} in proportion to {@code weights}, in multiples of {@code step} (the
     * largest-remainder method; ties go to the earlier weight). Whatever {@code step} does not
     * divide is added to the first part, so the parts always sum to {@code total}.
     */
    static int[] apportion(int total, long[] weights, int step) {
        int[] out = new int[weights.length];
        long sum = 0;
        for (long w : weights) {
            sum += w;
        }
        if (weights.length == 0 || sum == 0) {
            throw new IllegalArgumentException("cannot apportion " + total + " over weights that sum to 0");
        }
        int steps = total / step;
        double[] frac = new double[weights.length];
        int given = 0;
        for (int k = 0; k < weights.length; k++) {
            double quota = steps * (double) weights[k] / sum;
            out[k] = (int) Math.floor(quota);
            frac[k] = quota - out[k];
            given += out[k];
        }
        for (int r = 0; r < steps - given; r++) {
            int best = 0;
            for (int k = 1; k < frac.length; k++) {
                if (frac[k] > frac[best]) {
                    best = k;
                }
            }
            out[best]++;
            frac[best] = -1;
        }
        for (int k = 0; k < out.length; k++) {
            out[k] *= step;
        }
        out[0] += total - steps * step;
        return out;
    }
}

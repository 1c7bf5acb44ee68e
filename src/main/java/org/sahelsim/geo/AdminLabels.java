package org.sahelsim.geo;

import org.sahelsim.model.Region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns raw admin-1 and province fills into complete, consistent labels (see {@link AdminLayers}).
 * Labels here are indices into the unit lists handed in, not final region indices.
 */
final class AdminLabels {
    private final GridSpec grid;
    private final List<String> countries;
    private final int[] country;
    private final boolean[] land;

    AdminLabels(GridSpec grid, List<String> countries, int[] country, boolean[] land) {
        this.grid = grid;
        this.countries = countries;
        this.country = country;
        this.land = land;
    }

    /**
     * Admin-1 labels: every land cell labelled from its own country. For the study countries, the
     * cell holding a region's seat goes to that region, and a region no cell centre fell into gets
     * the free cell nearest its seat (or centroid), so no study region is ever empty.
     *
     * @param seats region code to seat (lon, lat), degrees
     */
    int[] admin1(int[] raw, List<Region> units, List<GeoFeature> features, Map<String, double[]> seats) {
        int[] label = raw.clone();
        int[] unitCountry = units.stream().mapToInt(r -> countries.indexOf(r.country())).toArray();
        boolean[] need = new boolean[label.length];
        for (int i = 0; i < label.length; i++) {
            if (label[i] >= 0 && unitCountry[label[i]] != country[i]) {
                label[i] = -1; // a border sliver labelled by the neighbour's polygon
            }
            need[i] = land[i] && label[i] < 0;
        }
        LabelRepair.fill(grid, label, need, country);
        int[] counts = counts(label, units.size());
        boolean[] locked = claimSeatCells(label, counts, units, unitCountry, seats);
        for (int k = 0; k < units.size(); k++) {
            int ck = unitCountry[k];
            if (counts[k] == 0 && ck >= 0 && isStudy(units.get(k))) {
                double[] c = seats.getOrDefault(units.get(k).code(), centroid(features.get(k)));
                LabelRepair.claim(grid, label, counts, k, c[0], c[1], j -> land[j] && country[j] == ck && !locked[j]);
            }
        }
        return label;
    }

    /** Gives study regions their seat cells; returns the cells now holding a seat. */
    private boolean[] claimSeatCells(int[] label, int[] counts, List<Region> units, int[] unitCountry,
                                     Map<String, double[]> seats) {
        boolean[] locked = new boolean[label.length];
        // Smallest regions first: where two seats share a cell, the city region (Bamako, Niamey)
        // needs it more than the large region around it.
        int[] before = counts.clone();
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < units.size(); k++) {
            order.add(k);
        }
        order.sort(Comparator.comparingInt((Integer k) -> before[k]).thenComparing(k -> units.get(k).code()));
        for (int k : order) {
            double[] seat = seats.get(units.get(k).code());
            if (seat != null && isStudy(units.get(k))) {
                claimSeatCell(label, counts, locked, k, unitCountry[k], seat);
            }
        }
        return locked;
    }

    // The seat's own cell joins the seat's region unless that would empty another region or
    // take a cell already holding another seat.
    private void claimSeatCell(int[] label, int[] counts, boolean[] locked, int k, int ck, double[] seat) {
        int x = grid.x(seat[0]), y = grid.y(seat[1]);
        if (!grid.inBounds(x, y)) {
            return;
        }
        int c = grid.index(x, y);
        if (!land[c] || country[c] != ck || locked[c]) {
            return;
        }
        if (label[c] != k && (label[c] < 0 || counts[label[c]] > 1)) {
            if (label[c] >= 0) {
                counts[label[c]]--;
            }
            label[c] = k;
            counts[k]++;
        }
        locked[c] = label[c] == k;
    }

    private static boolean isStudy(Region r) {
        return WorldBuilder.STUDY_COUNTRIES.contains(r.country());
    }

    /** BF province labels, each inside its parent region; provinces never empty if avoidable. */
    int[] provinces(int[] raw, List<Region> provinces, List<GeoFeature> features, int[] admin1,
                    List<Region> admin1Units) {
        int[] parent = new int[provinces.size()];
        for (int k = 0; k < parent.length; k++) {
            String code = provinces.get(k).parent();
            parent[k] = -1;
            for (int u = 0; u < admin1Units.size(); u++) {
                if (admin1Units.get(u).code().equals(code)) {
                    parent[k] = u;
                }
            }
        }
        int bfa = countries.indexOf("BFA");
        int[] label = raw.clone();
        boolean[] need = new boolean[label.length];
        for (int i = 0; i < label.length; i++) {
            if (label[i] >= 0 && parent[label[i]] != admin1[i]) {
                label[i] = -1;
            }
            need[i] = land[i] && country[i] == bfa && bfa >= 0 && admin1[i] >= 0 && label[i] < 0;
        }
        LabelRepair.fill(grid, label, need, admin1);
        int[] counts = counts(label, provinces.size());
        for (int k = 0; k < provinces.size(); k++) {
            int pk = parent[k];
            if (counts[k] == 0 && pk >= 0) {
                double[] c = centroid(features.get(k));
                LabelRepair.claim(grid, label, counts, k, c[0], c[1], j -> land[j] && admin1[j] == pk);
            }
        }
        return label;
    }

    private static int[] counts(int[] label, int size) {
        int[] counts = new int[size];
        for (int v : label) {
            if (v >= 0) {
                counts[v]++;
            }
        }
        return counts;
    }

    /** Area centroid (lon, lat) of the feature's largest outer ring, by the shoelace formula. */
    static double[] centroid(GeoFeature f) {
        double bestArea = -1;
        double[] best = {0, 0};
        for (List<double[]> polygon : f.polygons()) {
            double[] ring = polygon.get(0);
            int n = ring.length / 2;
            double a = 0, cx = 0, cy = 0;
            for (int i = 0; i < n; i++) {
                int j = (i + 1) % n;
                double cross = ring[2 * i] * ring[2 * j + 1] - ring[2 * j] * ring[2 * i + 1];
                a += cross;
                cx += (ring[2 * i] + ring[2 * j]) * cross;
                cy += (ring[2 * i + 1] + ring[2 * j + 1]) * cross;
            }
            if (Math.abs(a) > bestArea && a != 0) {
                bestArea = Math.abs(a);
                best = new double[] {cx / (3 * a), cy / (3 * a)};
            }
        }
        return best;
    }
}

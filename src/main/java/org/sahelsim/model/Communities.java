package org.sahelsim.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Community composition per admin-1 region: for each region of a map, the share of its residents
 * in each {@link Community} (shares sum to 1). A region the table does not list counts as
 * entirely {@link Community#OTHER}. Immutable; the table itself is a project resource read by the
 * {@code geo} package.
 */
public final class Communities {
    /** No table: every region is entirely {@link Community#OTHER}. */
    public static final Communities NONE = new Communities(new float[0][]);

    private static final float[] ALL_OTHER = allOther();
    private final float[][] byRegion;

    private Communities(float[][] byRegion) {
        this.byRegion = byRegion;
    }

    /**
     * @param regions the map's regions, in index order
     * @param table   shares per ISO 3166-2 code; each row must be non-negative and sum to 1 (±0.005)
     * @throws IllegalArgumentException for a row that is not a distribution
     */
    public static Communities of(List<Region> regions, Map<String, Map<Community, Double>> table) {
        float[][] out = new float[regions.size()][];
        for (int k = 0; k < regions.size(); k++) {
            Map<Community, Double> row = table.get(regions.get(k).code());
            out[k] = row == null ? ALL_OTHER : shares(regions.get(k).code(), row);
        }
        return new Communities(out);
    }

    private static float[] shares(String code, Map<Community, Double> row) {
        float[] s = new float[Community.count()];
        double sum = 0;
        for (Map.Entry<Community, Double> e : row.entrySet()) {
            if (!(e.getValue() >= 0)) {
                throw new IllegalArgumentException("community share of " + e.getKey() + " in " + code
                        + " = " + e.getValue() + " must be >= 0");
            }
            s[e.getKey().ordinal()] = e.getValue().floatValue();
            sum += e.getValue();
        }
        if (Math.abs(sum - 1) > 0.005) {
            throw new IllegalArgumentException("community shares of " + code + " sum to " + sum + ", not 1");
        }
        return s;
    }

    private static float[] allOther() {
        float[] s = new float[Community.count()];
        s[Community.OTHER.ordinal()] = 1f;
        return s;
    }

    /** Share (0..1) of community {@code c} in region index {@code region}; a negative index means no region. */
    public double share(int region, Community c) {
        return row(region)[c.ordinal()];
    }

    /** Shares of every community in region index {@code region}, indexed by ordinal (do not modify). */
    public float[] row(int region) {
        return region >= 0 && region < byRegion.length ? byRegion[region] : ALL_OTHER;
    }

    /** True when no region has a listed composition. */
    public boolean isEmpty() {
        return Arrays.stream(byRegion).allMatch(r -> r == ALL_OTHER);
    }
}

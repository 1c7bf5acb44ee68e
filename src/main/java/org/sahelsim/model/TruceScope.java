package org.sahelsim.model;

import java.util.List;

/**
 * Where a ceasefire applies: everywhere, in a list of regions (admin-1 codes or Burkina Faso
 * provinces), or within a Chebyshev radius of a site, or both of the last two. Immutable.
 */
public final class TruceScope {
    private static final TruceScope EVERYWHERE = new TruceScope(true, null, -1, -1, -1, -1, "everywhere");
    private final boolean everywhere;
    private final boolean[] regionMask;
    private final int siteX;
    private final int siteY;
    private final int siteRegion;
    private final int radius;
    private final String label;

    private TruceScope(boolean everywhere, boolean[] regionMask, int siteX, int siteY, int siteRegion, int radius,
                       String label) {
        this.everywhere = everywhere;
        this.regionMask = regionMask;
        this.siteX = siteX;
        this.siteY = siteY;
        this.siteRegion = siteRegion;
        this.radius = radius;
        this.label = label;
    }

    public static TruceScope everywhere() {
        return EVERYWHERE;
    }

    /**
     * A local scope; everywhere when {@code regions} is empty and {@code site} is null.
     *
     * @throws IllegalArgumentException for a region code or site the map does not have
     */
    public static TruceScope of(SahelMap map, List<String> regions, String site, int radiusCells) {
        if (regions.isEmpty() && site == null) {
            return EVERYWHERE;
        }
        boolean[] mask = regionMask(map, regions);
        StringBuilder label = new StringBuilder(String.join(" ", regions));
        if (site == null) {
            return new TruceScope(false, mask, -1, -1, -1, -1, label.toString());
        }
        Site s = map.site(site);
        if (s == null) {
            throw new IllegalArgumentException("ceasefire scope: unknown site '" + site + "'");
        }
        int x = map.x(s.lon());
        int y = map.y(s.lat());
        label.append(label.length() == 0 ? "" : " ").append(site).append(" +").append(radiusCells);
        return new TruceScope(false, mask, x, y, map.regionIndex(s.region()), radiusCells, label.toString());
    }

    /**
     * A mask over the map's regions with the given codes set.
     *
     * @throws IllegalArgumentException for a code the map does not have
     */
    public static boolean[] regionMask(SahelMap map, List<String> codes) {
        boolean[] mask = new boolean[map.regions.size()];
        for (String code : codes) {
            int k = map.regionIndex(code);
            if (k < 0) {
                throw new IllegalArgumentException("unknown region '" + code + "'");
            }
            mask[k] = true;
        }
        return mask;
    }

    /** A scope of the regions flagged in {@code mask} (indexed like {@link SahelMap#regions}). */
    public static TruceScope ofRegions(SahelMap map, boolean[] mask) {
        StringBuilder label = new StringBuilder();
        for (int k = 0; k < mask.length; k++) {
            if (mask[k]) {
                label.append(label.length() == 0 ? "" : " ").append(map.regions.get(k).code());
            }
        }
        return new TruceScope(false, mask.clone(), -1, -1, -1, -1, label.toString());
    }

    /** True for a scope that covers every cell. */
    public boolean global() {
        return everywhere;
    }

    /** Whether the cell lies inside the scope. */
    public boolean contains(SahelMap map, int cell) {
        if (everywhere) {
            return true;
        }
        short r = map.admin1[cell];
        short p = map.province[cell];
        if ((r >= 0 && regionMask[r]) || (p >= 0 && regionMask[p])) {
            return true;
        }
        int x = cell % map.width;
        int y = cell / map.width;
        return radius >= 0 && Math.max(Math.abs(x - siteX), Math.abs(y - siteY)) <= radius;
    }

    /** Whether the scope reaches into any region flagged in {@code mask}: always true everywhere. */
    public boolean overlaps(boolean[] mask) {
        if (everywhere || (siteRegion >= 0 && mask[siteRegion])) {
            return true;
        }
        for (int k = 0; k < mask.length; k++) {
            if (mask[k] && regionMask[k]) {
                return true;
            }
        }
        return false;
    }

    /** Region codes and site, for ceasefires.csv and the log. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}

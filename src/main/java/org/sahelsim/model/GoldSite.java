package org.sahelsim.model;

/**
 * A known gold-mining area (an approximate centre), a project resource read by the {@code geo}
 * package.
 *
 * @param name    name of the site or area
 * @param country ISO 3166-1 alpha-3 code
 * @param lon     longitude of the approximate centre, degrees east
 * @param lat     latitude of the approximate centre, degrees north
 * @param kind    artisanal (taxable by whoever controls it) or industrial (guarded; extortion only)
 * @param size    relative output, 1 (small) .. 3 (large)
 */
public record GoldSite(String name, String country, double lon, double lat, Kind kind, int size) {
    public enum Kind { ARTISANAL, INDUSTRIAL }

    public GoldSite {
        if (size < 1 || size > 3) {
            throw new IllegalArgumentException("gold site " + name + ": size = " + size + " must be 1..3");
        }
    }
}

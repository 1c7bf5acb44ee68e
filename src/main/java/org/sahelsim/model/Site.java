package org.sahelsim.model;

/**
 * A named place the model refers to: a capital, a regional capital, a town or an air base.
 *
 * @param name       name used in scenario files (e.g. "Ménaka", "Niamey Base 101")
 * @param kind       what kind of site it is
 * @param lon        longitude, degrees east
 * @param lat        latitude, degrees north
 * @param region     ISO 3166-2 code of the admin-1 region containing it
 * @param population residents (persons); 0 for air bases
 */
public record Site(String name, SiteKind kind, double lon, double lat, String region, int population) {
    public enum SiteKind { CAPITAL, REGIONAL_CAPITAL, TOWN, AIR_BASE }
}

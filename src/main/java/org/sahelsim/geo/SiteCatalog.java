package org.sahelsim.geo;

import org.sahelsim.model.Region;
import org.sahelsim.model.Site;
import org.sahelsim.model.Site.SiteKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The named sites of the map: national capitals and admin-1 seats of the study countries (see
 * {@link Seats}), towns of interest, and air bases. Names are exact and stable because scenario
 * files refer to sites by name. Order: capitals, regional capitals (both in region order), towns,
 * air bases.
 */
final class SiteCatalog {
    private SiteCatalog() { }

    /**
     * Towns the model needs by name. Those that are also regional seats (Ménaka, Tillabéri,
     * Tahoua, Agadez, Sokoto, Kandi) are listed once, as regional capitals.
     */
    static final List<String> TOWNS = List.of("Ménaka", "Ansongo", "Tillabéri", "Tahoua", "Agadez", "Sokoto",
            "Kandi", "Malanville");

    /** An air base at its airfield's reference point; {@code country} is ISO-3. */
    record AirBase(String name, String country, double lon, double lat) { }

    /**
     * Air bases, at the published aerodrome reference coordinates (degrees, minutes, seconds as
     * given in the sources, converted to decimal degrees):
     * Niamey Base 101 shares Diori Hamani International Airport (DRRN), 13°28'54"N 2°10'13"E;
     * Tahoua Base 401 is at Tahoua airport (DRRT), about 14°52'33"N 5°15'55"E (approximate, not
     * checked against the AIP); Bamako-Sénou is Modibo Keïta International Airport (GABS),
     * 12°32'16"N 7°56'35"W; Agadez Base 201 is Niger Air Base 201, 16°57'01"N 8°00'50"E, about
     * 5 km south-east of Agadez; Ouagadougou Air Base is the military side of Ouagadougou airport
     * (DFFD), 12°21'11"N 1°30'44"W. Coordinates as listed in the airports' Wikipedia articles.
     */
    static final List<AirBase> AIR_BASES = List.of(
            new AirBase("Niamey Base 101", "NER", 2.17028, 13.48167),
            new AirBase("Tahoua Base 401", "NER", 5.26528, 14.87583),
            new AirBase("Bamako-Sénou", "MLI", -7.94306, 12.53778),
            new AirBase("Agadez Base 201", "NER", 8.01389, 16.95028),
            new AirBase("Ouagadougou Air Base", "BFA", -1.51222, 12.35306));

    static List<Site> build(GridSpec grid, GeoData data, List<Seats.Seat> seats, AdminLayers admin) {
        Map<Long, Long> nePop = new HashMap<>();
        data.naturalEarth().forEach(p -> nePop.putIfAbsent(p.geonameId(), p.population()));
        List<Site> sites = new ArrayList<>();
        for (boolean capitals : new boolean[] {true, false}) {
            for (Seats.Seat s : seats) {
                if (s.capital() == capitals) {
                    sites.add(site(grid, admin, s.place(), capitals ? SiteKind.CAPITAL : SiteKind.REGIONAL_CAPITAL, nePop));
                }
            }
        }
        for (String town : TOWNS) {
            if (sites.stream().noneMatch(s -> s.name().equals(town))) {
                sites.add(site(grid, admin, findTown(data, town), SiteKind.TOWN, nePop));
            }
        }
        for (AirBase b : AIR_BASES) {
            sites.add(new Site(b.name(), SiteKind.AIR_BASE, b.lon(), b.lat(),
                    regionAt(grid, admin, b.lon(), b.lat(), b.country()), 0));
        }
        return sites;
    }

    private static Site site(GridSpec grid, AdminLayers admin, Place p, SiteKind kind, Map<Long, Long> nePop) {
        long pop = p.population() > 0 ? p.population() : nePop.getOrDefault(p.geonameId(), 0L);
        return new Site(p.name(), kind, p.lon(), p.lat(), regionAt(grid, admin, p.lon(), p.lat(), p.country()),
                (int) pop);
    }

    // GeoNames first (largest place of that exact name in a study country), then Natural Earth.
    private static Place findTown(GeoData data, String name) {
        Comparator<Place> bySize = Comparator.comparingLong(Place::population);
        return data.geonames().stream()
                .filter(p -> p.name().equals(name) && WorldBuilder.STUDY_COUNTRIES.contains(p.country()))
                .max(bySize)
                .or(() -> data.naturalEarth().stream().filter(p -> p.name().equals(name)).max(bySize))
                .orElseThrow(() -> new IllegalStateException("town not found in GeoNames or Natural Earth: " + name));
    }

    /**
     * ISO 3166-2 code of the admin-1 region of the cell holding (lon, lat). If that cell has no
     * region of the site's own country (a coastal cell whose centre is at sea, or on coarse grids
     * a border cell given to the neighbour), the nearest cell with a region of that country is used.
     */
    static String regionAt(GridSpec grid, AdminLayers admin, double lon, double lat, String iso3) {
        int x = Math.max(0, Math.min(grid.width() - 1, grid.x(lon)));
        int y = Math.max(0, Math.min(grid.height() - 1, grid.y(lat)));
        IntPredicate ownCountry = j -> admin.admin1[j] >= 0 && admin.regions.get(admin.admin1[j]).country().equals(iso3);
        int cell = grid.index(x, y);
        if (!ownCountry.test(cell)) {
            cell = LabelRepair.nearest(grid, cell, ownCountry);
        }
        if (cell < 0) {
            return null;
        }
        Region r = admin.regions.get(admin.admin1[cell]);
        return r.code();
    }
}

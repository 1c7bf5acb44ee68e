package org.sahelsim.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The seat (capital town) of every admin-1 region of the study countries.
 *
 * <p>A seat is the GeoNames place inside the region with feature code PPLC (national capital),
 * else PPLA (admin-1 seat), else PPLG (seat of government; Cotonou, the seat of Benin's Littoral
 * department). Ties go to the larger population, then the name. Where GeoNames has none, a Natural
 * Earth "Admin-1 capital" in the region is used (Gaoua, seat of Burkina Faso's Sud-Ouest). For
 * Burkina Faso a place's province is mapped to its region first.
 */
final class Seats {
    private Seats() { }

    /** A region and its seat; {@code capital} is true for a national capital (PPLC). */
    record Seat(String region, Place place, boolean capital) { }

    private static final List<String> RANK = List.of("PPLC", "PPLA", "PPLG");
    private static final String NE_ADMIN1_CAPITAL = "Admin-1 capital";

    /** Seats in region order (study-country order, then region code); regions without one are skipped. */
    static List<Seat> find(GeoData data) {
        Map<String, String> bfRegionOf = new HashMap<>();
        List<String[]> regions = new ArrayList<>(); // {country, code}
        for (GeoFeature f : data.admin1()) {
            String cc = f.text("adm0_a3");
            if ("BFA".equals(cc)) {
                bfRegionOf.put(f.text("iso_3166_2"), f.text("bf_region_code"));
            } else if (WorldBuilder.STUDY_COUNTRIES.contains(cc)) {
                regions.add(new String[] {cc, f.text("iso_3166_2")});
            }
        }
        data.bfRegions().forEach(f -> regions.add(new String[] {"BFA", f.text("region_code")}));
        regions.sort(Comparator.comparingInt((String[] r) -> WorldBuilder.STUDY_COUNTRIES.indexOf(r[0]))
                .thenComparing(r -> r[1]));
        List<Seat> out = new ArrayList<>();
        for (String[] r : regions) {
            Place best = pick(data.geonames(), r[1], bfRegionOf);
            if (best == null) {
                best = data.naturalEarth().stream()
                        .filter(p -> NE_ADMIN1_CAPITAL.equals(p.featureCode()) && r[1].equals(regionOf(p, bfRegionOf)))
                        .max(Comparator.comparingLong(Place::population)).orElse(null);
            }
            if (best != null) {
                out.add(new Seat(r[1], best, "PPLC".equals(best.featureCode())));
            }
        }
        return out;
    }

    private static Place pick(List<Place> places, String region, Map<String, String> bfRegionOf) {
        Place best = null;
        for (Place p : places) {
            int rank = RANK.indexOf(p.featureCode());
            if (rank >= 0 && region.equals(regionOf(p, bfRegionOf)) && (best == null || better(p, best))) {
                best = p;
            }
        }
        return best;
    }

    private static boolean better(Place a, Place b) {
        int ra = RANK.indexOf(a.featureCode()), rb = RANK.indexOf(b.featureCode());
        if (ra != rb) {
            return ra < rb;
        }
        if (a.population() != b.population()) {
            return a.population() > b.population();
        }
        return a.name().compareTo(b.name()) < 0;
    }

    /** The place's admin-1 code; for Burkina Faso its region rather than its province. */
    static String regionOf(Place p, Map<String, String> bfRegionOf) {
        return "BFA".equals(p.country()) ? bfRegionOf.getOrDefault(p.admin1(), p.admin1()) : p.admin1();
    }
}

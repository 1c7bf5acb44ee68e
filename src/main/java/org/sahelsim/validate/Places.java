package org.sahelsim.validate;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.model.Region;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Site;

/**
 * The places the patterns speak of, as cell sets of one map (docs/odd/calibration.md).
 *
 * @param menakaRegion passable cells of the Ménaka region (ML-9)
 * @param menakaTown   the cell of Ménaka town's site
 * @param belt         passable cells of Diffa, Zinder, Maradi and Dosso (NE-2, NE-7, NE-4, NE-3)
 *                     within {@link #BELT_DEGREES} of a Nigerian land cell
 * @param northBenin   passable cells of Alibori and Atakora (BJ-AL, BJ-AK)
 * @param theatre      admin-1 region indices over which violence is compared: every region of
 *                     Mali, Burkina Faso, Niger and Benin and the nine Nigerian states the UCDP
 *                     extract covers
 * @param nearCells    Chebyshev radius, in cells, of "near a group's territory"
 */
public record Places(int[] menakaRegion, int menakaTown, int[] belt, int[] northBenin, int[] theatre, int nearCells) {
    /** Width of the south-east Niger belt along the Nigerian border, degrees (about 110 km). */
    public static final double BELT_DEGREES = 1.0;
    /** "Near a group's territory": within this distance, degrees (about 55 km). */
    public static final double NEAR_DEGREES = 0.5;
    static final List<String> BELT_REGIONS = List.of("NE-2", "NE-7", "NE-4", "NE-3");
    static final List<String> NORTH_BENIN = List.of("BJ-AL", "BJ-AK");
    /** Nigerian states in the UCDP extract (data/events README). */
    static final List<String> NIGERIAN_STATES = List.of("NG-SO", "NG-KE", "NG-ZA", "NG-KT", "NG-NI", "NG-KW",
            "NG-BO", "NG-YO", "NG-AD");
    static final List<String> WHOLE_COUNTRIES = List.of("MLI", "BFA", "NER", "BEN");

    /** The places on a started model's map. */
    public static Places of(SahelModel m) {
        SahelMap map = m.map;
        Site town = map.site("Ménaka");
        if (town == null) {
            throw new IllegalArgumentException("the map has no site 'Ménaka'");
        }
        int townCell = map.index(map.x(town.lon()), map.y(town.lat()));
        int near = Math.max(1, (int) Math.round(NEAR_DEGREES / map.res));
        return new Places(cells(m, List.of("ML-9")), townCell, belt(m), cells(m, NORTH_BENIN), theatre(map), near);
    }

    private static int[] cells(SahelModel m, List<String> codes) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < m.map.cells(); c++) {
            if (m.passable(c) && m.map.regionOf(c) != null && codes.contains(m.map.regionOf(c).code())) {
                out.add(c);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] belt(SahelModel m) {
        SahelMap map = m.map;
        int reach = Math.max(1, (int) Math.round(BELT_DEGREES / map.res));
        int nga = map.countries.indexOf("NGA");
        List<Integer> out = new ArrayList<>();
        for (int c : cells(m, BELT_REGIONS)) {
            if (nearCountry(map, c, nga, reach)) {
                out.add(c);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean nearCountry(SahelMap map, int cell, int country, int reach) {
        int x0 = cell % map.width;
        int y0 = cell / map.width;
        for (int y = y0 - reach; y <= y0 + reach; y++) {
            for (int x = x0 - reach; x <= x0 + reach; x++) {
                if (map.inBounds(x, y) && map.country[map.index(x, y)] == country && map.isLand(map.index(x, y))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int[] theatre(SahelMap map) {
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < map.regions.size(); r++) {
            Region region = map.regions.get(r);
            if (!region.isProvince() && (WHOLE_COUNTRIES.contains(region.country())
                    || NIGERIAN_STATES.contains(region.code()))) {
                out.add(r);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}

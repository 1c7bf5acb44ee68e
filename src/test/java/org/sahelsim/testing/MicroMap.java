package org.sahelsim.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sahelsim.model.Climate;
import org.sahelsim.model.Communities;
import org.sahelsim.model.Community;
import org.sahelsim.model.GoldSite;
import org.sahelsim.model.Region;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.Site;

/**
 * A small synthetic map for micro-world tests: {@code width x height} cells at 0.1° in the
 * north-west corner of the study box. The west half is Niger (region NE-6 "West"), the east half
 * Nigeria (NG-SO "East"); a river runs down column {@code width / 4}; a park covers the south-east
 * corner; every land cell has {@code pop} residents. Sites: a town in each half and an air base in
 * the west.
 */
public final class MicroMap {
    private MicroMap() {
    }

    public static SahelMap of(int width, int height, float pop) {
        int n = width * height;
        byte[] flags = new byte[n];
        short[] country = new short[n];
        short[] admin1 = new short[n];
        short[] province = new short[n];
        float[] population = new float[n];
        byte[] climate = new byte[n];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                boolean west = x < width / 2;
                flags[i] = (byte) (SahelMap.LAND
                        | (x == width / 4 ? SahelMap.RIVER : 0)
                        | (x > 3 * width / 4 && y > 3 * height / 4 ? SahelMap.PARK : 0));
                country[i] = (short) (west ? 0 : 1);
                admin1[i] = (short) (west ? 0 : 1);
                province[i] = -1;
                population[i] = pop;
                climate[i] = (byte) Climate.SAHELIAN.ordinal();
            }
        }
        List<Region> regions = List.of(new Region("NE-6", "West", "NER", null), new Region("NG-SO", "East", "NGA", null));
        List<Site> sites = new ArrayList<>();
        double res = 0.1;
        sites.add(site("Westtown", Site.SiteKind.REGIONAL_CAPITAL, width / 4 - 2, height / 2, res, "NE-6"));
        sites.add(site("Easttown", Site.SiteKind.REGIONAL_CAPITAL, 3 * width / 4, height / 2, res, "NG-SO"));
        sites.add(site("West Air Base", Site.SiteKind.AIR_BASE, width / 4 - 2, height / 4, res, "NE-6"));
        return new SahelMap(res, width, height, flags, country, admin1, province, population, climate,
                List.of("NER", "NGA"), regions, sites);
    }

    /**
     * The map with a community composition per region ("NE-6" is the west half, "NG-SO" the east
     * half; a region left out is entirely {@link Community#OTHER}) and gold areas.
     */
    public static SahelMap withPeople(SahelMap map, Map<String, Map<Community, Double>> communities,
                                      List<GoldSite> gold) {
        return map.withHumanGeography(Communities.of(map.regions, communities), gold);
    }

    /** A gold site at cell (x, y) of a map made by {@link #of}. */
    public static GoldSite gold(String name, int x, int y, GoldSite.Kind kind, int size) {
        return new GoldSite(name, "NER", SahelMap.LON_MIN + (x + 0.5) * 0.1, SahelMap.LAT_MAX - (y + 0.5) * 0.1, kind, size);
    }

    private static Site site(String name, Site.SiteKind kind, int x, int y, double res, String region) {
        double lon = SahelMap.LON_MIN + (x + 0.5) * res;
        double lat = SahelMap.LAT_MAX - (y + 0.5) * res;
        return new Site(name, kind, lon, lat, region, kind == Site.SiteKind.AIR_BASE ? 0 : 20000);
    }
}

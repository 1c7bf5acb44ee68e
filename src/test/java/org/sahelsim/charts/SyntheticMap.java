package org.sahelsim.charts;

import java.util.List;
import org.sahelsim.model.Region;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.Site;
import org.sahelsim.model.Site.SiteKind;

/**
 * A small hand-made grid (0.5° cells) for renderer tests, independent of the real grid resource.
 *
 * <pre>
 *   Mali     lon -12..4,  lat 15..25  (two regions, split at lon -4)
 *   Burkina  lon -5..2,   lat  9..15
 *   Niger    lon  4..15,  lat 12..23  (a lake near lon 12, lat 13)
 *   Algeria  lon  4..17,  lat 23..26  (foreign)
 *   sea south of lat 6; other land belongs to no listed country
 *   Niger river along lat 16.75 from lon -10.5 to 7; another river at lon 9.75
 * </pre>
 */
final class SyntheticMap {
    static final double RES = 0.5;
    static final int W = 60;
    static final int H = 46;
    static final int MLI = 0;
    static final int BFA = 1;
    static final int NER = 2;
    static final int DZA = 3;
    static final int RIVER_ROW = 18;
    static final int RIVER_COLUMN = 45;

    private SyntheticMap() {
    }

    static SahelMap build() {
        int n = W * H;
        byte[] flags = new byte[n];
        short[] country = new short[n];
        short[] admin1 = new short[n];
        short[] province = new short[n];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int i = y * W + x;
                country[i] = (short) countryAt(x, y);
                admin1[i] = (short) regionAt(country[i], x);
                province[i] = -1;
                flags[i] = (byte) (y <= 40 ? SahelMap.LAND : 0);
            }
        }
        for (int x = 5; x <= 40; x++) {
            flags[RIVER_ROW * W + x] |= SahelMap.RIVER | SahelMap.NIGER_RIVER;
        }
        for (int y = 10; y <= 20; y++) {
            flags[y * W + RIVER_COLUMN] |= SahelMap.RIVER;
        }
        for (int y = 24; y <= 26; y++) {
            for (int x = 50; x <= 52; x++) {
                flags[y * W + x] = SahelMap.LAKE;
            }
        }
        return new SahelMap(RES, W, H, flags, country, admin1, province, new float[n], new byte[n],
                List.of("MLI", "BFA", "NER", "DZA"), regions(), sites());
    }

    private static int countryAt(int x, int y) {
        if (y > 40) {
            return -1;
        }
        if (x >= 2 && x <= 33 && y >= 2 && y <= 21) {
            return MLI;
        }
        if (x >= 16 && x <= 29 && y >= 22 && y <= 33) {
            return BFA;
        }
        if (x >= 34 && x <= 55 && y >= 6 && y <= 27) {
            return NER;
        }
        return x >= 34 && y <= 5 ? DZA : -1;
    }

    private static int regionAt(int country, int x) {
        return switch (country) {
            case MLI -> x < 18 ? 0 : 1;
            case BFA -> 2;
            case NER -> 3;
            default -> -1;
        };
    }

    private static List<Region> regions() {
        return List.of(new Region("ML-6", "Tombouctou", "MLI", null), new Region("ML-7", "Gao", "MLI", null),
                new Region("BF-12", "Sahel", "BFA", null), new Region("NE-8", "Niamey", "NER", null));
    }

    private static List<Site> sites() {
        return List.of(new Site("Capital City", SiteKind.CAPITAL, 3.0, 14.0, "NE-8", 1_500_000),
                new Site("Regional Town", SiteKind.REGIONAL_CAPITAL, -1.0, 19.0, "ML-7", 80_000),
                new Site("Small Town", SiteKind.TOWN, -0.5, 12.0, "BF-12", 20_000),
                new Site("Base 101", SiteKind.AIR_BASE, 3.2, 14.2, "NE-8", 0),
                new Site("Far Away", SiteKind.TOWN, 16.9, 3.1, "XX-1", 10));
    }
}

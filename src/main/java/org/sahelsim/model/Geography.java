package org.sahelsim.model;

import java.util.List;

/** Derived per-cell lookups the rules need, computed once from the immutable map. */
final class Geography {
    private Geography() {
    }

    static byte[] studyCountries(SahelMap map) {
        byte[] out = new byte[map.cells()];
        for (int i = 0; i < out.length; i++) {
            String c = map.countryOf(i);
            out[i] = (byte) (c == null ? -1 : SahelModel.STUDY_COUNTRIES.indexOf(c));
        }
        return out;
    }

    /** Cells with a 4-neighbour in another study country. */
    static boolean[] borders(SahelMap map, byte[] study) {
        boolean[] out = new boolean[map.cells()];
        for (int y = 0; y < map.height; y++) {
            for (int x = 0; x < map.width; x++) {
                int i = map.index(x, y);
                if (study[i] < 0) {
                    continue;
                }
                out[i] = differs(map, study, i, x + 1, y) || differs(map, study, i, x - 1, y)
                        || differs(map, study, i, x, y + 1) || differs(map, study, i, x, y - 1);
            }
        }
        return out;
    }

    private static boolean differs(SahelMap map, byte[] study, int i, int x, int y) {
        if (!map.inBounds(x, y)) {
            return false;
        }
        byte other = study[map.index(x, y)];
        return other >= 0 && other != study[i];
    }

    /** Border cells of Niger, Nigeria or Benin whose other-country neighbour is also one of the three. */
    static boolean[] raceBorders(SahelMap map, byte[] study, boolean[] border) {
        List<String> c = SahelModel.STUDY_COUNTRIES;
        boolean[] triangle = new boolean[c.size()];
        triangle[c.indexOf("NER")] = true;
        triangle[c.indexOf("NGA")] = true;
        triangle[c.indexOf("BEN")] = true;
        boolean[] out = new boolean[map.cells()];
        for (int y = 0; y < map.height; y++) {
            for (int x = 0; x < map.width; x++) {
                int i = map.index(x, y);
                out[i] = border[i] && triangle[study[i]] && (inTriangle(map, study, triangle, i, x + 1, y)
                        || inTriangle(map, study, triangle, i, x - 1, y) || inTriangle(map, study, triangle, i, x, y + 1)
                        || inTriangle(map, study, triangle, i, x, y - 1));
            }
        }
        return out;
    }

    private static boolean inTriangle(SahelMap map, byte[] study, boolean[] triangle, int i, int x, int y) {
        if (!map.inBounds(x, y)) {
            return false;
        }
        byte other = study[map.index(x, y)];
        return other >= 0 && other != study[i] && triangle[other];
    }

    static Site[] siteIndex(SahelMap map) {
        Site[] out = new Site[map.cells()];
        for (Site s : map.sites) {
            int x = map.x(s.lon());
            int y = map.y(s.lat());
            if (map.inBounds(x, y) && out[map.index(x, y)] == null) {
                out[map.index(x, y)] = s;
            }
        }
        return out;
    }
}

package org.sahelsim.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sahelsim.model.Communities;
import org.sahelsim.model.Community;
import org.sahelsim.model.GoldSite;
import org.sahelsim.model.SahelMap;

/**
 * Reads the committed human-geography tables from the classpath and attaches them to a map: the
 * community composition per admin-1 region ({@code communities-admin1.csv}) and the known gold
 * areas ({@code gold-sites.csv}). Both are documented approximations (docs/community-and-gold-data.md).
 */
public final class HumanGeography {
    static final String COMMUNITIES = "/org/sahelsim/geo/communities-admin1.csv";
    static final String GOLD = "/org/sahelsim/geo/gold-sites.csv";

    private HumanGeography() {
    }

    /** The map with the committed community table and gold areas. */
    public static SahelMap attach(SahelMap map) {
        return map.withHumanGeography(Communities.of(map.regions, communityTable()), goldSites());
    }

    /** Community shares per ISO 3166-2 code, in file order. */
    public static Map<String, Map<Community, Double>> communityTable() {
        Map<String, Map<Community, Double>> out = new LinkedHashMap<>();
        List<String[]> rows = rows(COMMUNITIES, 2 + Community.count() + 1, expectedCommunityHeader());
        for (String[] r : rows) {
            Map<Community, Double> shares = new EnumMap<>(Community.class);
            for (Community c : Community.values()) {
                shares.put(c, number(r[2 + c.ordinal()], COMMUNITIES, r[0]));
            }
            if (out.put(r[0], shares) != null) {
                throw new IllegalStateException(COMMUNITIES + ": region " + r[0] + " listed twice");
            }
        }
        return out;
    }

    /** The known gold areas, in file order. */
    public static List<GoldSite> goldSites() {
        List<GoldSite> out = new ArrayList<>();
        for (String[] r : rows(GOLD, 6, "name,country,lon,lat,kind,size")) {
            GoldSite.Kind kind = GoldSite.Kind.valueOf(r[4].toUpperCase(Locale.ROOT));
            out.add(new GoldSite(r[0], r[1], number(r[2], GOLD, r[0]), number(r[3], GOLD, r[0]), kind,
                    (int) number(r[5], GOLD, r[0])));
        }
        return out;
    }

    private static String expectedCommunityHeader() {
        StringBuilder h = new StringBuilder("region,name");
        for (Community c : Community.values()) {
            h.append(',').append(c.name().toLowerCase(Locale.ROOT));
        }
        return h.append(",note").toString();
    }

    /** Data rows of a CSV resource: '#' lines are comments, the first other line must be {@code header}. */
    private static List<String[]> rows(String resource, int columns, String header) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = HumanGeography.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean headerSeen = false;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    if (!line.equals(header)) {
                        throw new IllegalStateException(resource + ": header must be '" + header + "', is '" + line + "'");
                    }
                    headerSeen = true;
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + ": expected " + columns + " columns in '" + line + "'");
                }
                out.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return out;
    }

    private static double number(String text, String resource, String row) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(resource + ": '" + text + "' is not a number (row " + row + ")", e);
        }
    }
}

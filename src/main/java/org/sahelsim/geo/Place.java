package org.sahelsim.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A populated place from GeoNames cities1000 or Natural Earth populated places.
 *
 * @param geonameId   GeoNames id (NE rows carry it too; 0 when unknown)
 * @param name        name as the source spells it, accents kept (e.g. "Tillabéri")
 * @param lon         longitude, degrees east
 * @param lat         latitude, degrees north
 * @param country     ISO-3 code of the containing NE admin-0 unit (column {@code ne_adm0_a3} or
 *                    {@code adm0_a3})
 * @param admin1      ISO 3166-2 code of the containing NE admin-1 polygon ({@code ne_adm1_iso})
 * @param featureCode GeoNames feature code (PPLC, PPLA, ...) or, for NE rows, {@code featurecla}
 * @param population  residents as the source gives them (GeoNames {@code population}, NE
 *                    {@code pop_max}); 0 means unknown
 */
record Place(long geonameId, String name, double lon, double lat, String country, String admin1,
             String featureCode, long population) {

    /** Reads {@code geonames_cities1000.csv}. */
    static List<Place> readGeoNames(Path file) throws IOException {
        List<Place> out = new ArrayList<>();
        for (Map<String, String> r : readCsv(file)) {
            out.add(new Place(Long.parseLong(r.get("geonameid")), r.get("name"),
                    Double.parseDouble(r.get("longitude")), Double.parseDouble(r.get("latitude")),
                    r.get("ne_adm0_a3"), r.get("ne_adm1_iso"), r.get("feature_code"),
                    Long.parseLong(r.get("population"))));
        }
        return out;
    }

    /** Reads {@code ne_populated_places.csv}. */
    static List<Place> readNaturalEarth(Path file) throws IOException {
        List<Place> out = new ArrayList<>();
        for (Map<String, String> r : readCsv(file)) {
            String id = r.get("geonameid");
            long geonameId = id == null || id.isEmpty() ? 0 : Math.max(0, (long) Double.parseDouble(id));
            out.add(new Place(geonameId, r.get("name"),
                    Double.parseDouble(r.get("longitude")), Double.parseDouble(r.get("latitude")),
                    r.get("adm0_a3"), r.get("ne_adm1_iso"), r.get("featurecla"),
                    (long) Double.parseDouble(r.get("pop_max"))));
        }
        return out;
    }

    /** Rows of a UTF-8 CSV file with a header line, as column name to value. */
    static List<Map<String, String>> readCsv(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> header = split(in.readLine());
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = split(line);
                Map<String, String> row = new HashMap<>();
                for (int k = 0; k < header.size(); k++) {
                    row.put(header.get(k), k < cells.size() ? cells.get(k) : "");
                }
                rows.add(row);
            }
        }
        return rows;
    }

    // RFC 4180 fields: commas inside double quotes do not split, and "" is a literal quote.
    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cur.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        cells.add(cur.toString());
        return cells;
    }
}

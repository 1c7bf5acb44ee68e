package org.sahelsim.history;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the UCDP GED extract ({@code ucdp_ged_sahel_2012_2019.csv}): RFC 4180 CSV with a header,
 * columns found by name so that their order does not matter.
 */
public final class UcdpCsv {
    /** File name of the extract inside its data folder. */
    public static final String FILE = "ucdp_ged_sahel_2012_2019.csv";
    private static final List<String> NEEDED = List.of("id", "year", "type_of_violence", "side_a", "side_b",
            "country", "adm_1", "latitude", "longitude", "where_prec", "best", "date_start", "deaths_civilians");

    private UcdpCsv() {
    }

    /**
     * @throws IllegalArgumentException naming the file, line and column when a row is malformed
     */
    public static List<UcdpEvent> read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                throw new IllegalArgumentException(file + ": empty file");
            }
            int[] col = columns(file, split(header));
            List<UcdpEvent> out = new ArrayList<>();
            String line;
            int n = 1;
            while ((line = in.readLine()) != null) {
                n++;
                if (!line.isBlank()) {
                    out.add(event(file, n, split(line), col));
                }
            }
            return out;
        }
    }

    private static int[] columns(Path file, List<String> header) {
        int[] col = new int[NEEDED.size()];
        for (int k = 0; k < col.length; k++) {
            col[k] = header.indexOf(NEEDED.get(k));
            if (col[k] < 0) {
                throw new IllegalArgumentException(file + ": column '" + NEEDED.get(k) + "' is missing; header: " + header);
            }
        }
        return col;
    }

    private static UcdpEvent event(Path file, int line, List<String> f, int[] c) {
        String where = file + ":" + line;
        if (f.size() <= max(c)) {
            throw new IllegalArgumentException(where + ": " + f.size() + " fields, expected at least " + (max(c) + 1));
        }
        try {
            return new UcdpEvent(Long.parseLong(f.get(c[0])), Integer.parseInt(f.get(c[1])), Integer.parseInt(f.get(c[2])),
                    f.get(c[3]), f.get(c[4]), f.get(c[5]), f.get(c[6]), Double.parseDouble(f.get(c[7])),
                    Double.parseDouble(f.get(c[8])), Integer.parseInt(f.get(c[9])), Integer.parseInt(f.get(c[10])),
                    LocalDate.parse(f.get(c[11])), Integer.parseInt(f.get(c[12])));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": not a number: " + e.getMessage(), e);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": not an ISO date: " + e.getParsedString(), e);
        }
    }

    private static int max(int[] c) {
        int m = 0;
        for (int v : c) {
            m = Math.max(m, v);
        }
        return m;
    }

    /** Splits one CSV line: fields may be quoted, with {@code ""} for a quote inside. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        out.add(field.toString());
        return out;
    }
}

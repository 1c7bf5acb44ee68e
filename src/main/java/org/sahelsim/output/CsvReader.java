package org.sahelsim.output;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Streams the rows of a CSV file as {@link CsvWriter} and {@link AggregateCsv} write them (RFC 4180:
 * quoted fields may hold commas, quotes and line breaks), one row at a time, so that tables of any
 * size are read in constant memory. Files whose name ends in {@code .gz} are decompressed.
 *
 * <p>Empty fields read as NaN through {@link #number(int)}, matching how {@link CsvFormat} writes NaN.
 */
public final class CsvReader implements Closeable {
    private final BufferedReader in;
    private final String source;
    private final List<String> header;
    private List<String> row;
    private long line;

    private CsvReader(BufferedReader in, String source) throws IOException {
        this.in = in;
        this.source = source;
        List<String> first = readRow();
        if (first == null) {
            throw new IOException(source + ": empty file, no header");
        }
        this.header = List.copyOf(first);
    }

    /** Opens a file; {@code .gz} files are decompressed. */
    public static CsvReader open(Path file) throws IOException {
        var stream = Files.newInputStream(file);
        try {
            var raw = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(stream, 1 << 16) : stream;
            return new CsvReader(new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16),
                    file.toString());
        } catch (IOException | RuntimeException e) {
            stream.close();
            throw e;
        }
    }

    /** Reads CSV text, for tests. */
    public static CsvReader of(String text, String source) throws IOException {
        return new CsvReader(new BufferedReader(new java.io.StringReader(text)), source);
    }

    public List<String> header() {
        return header;
    }

    /** Index of a column, or -1 when the file has no such column. */
    public int find(String column) {
        return header.indexOf(column);
    }

    /** Index of a column that must exist. */
    public int column(String column) throws IOException {
        int i = find(column);
        if (i < 0) {
            throw new IOException(source + ": no column '" + column + "' in " + header);
        }
        return i;
    }

    /** Advances to the next row; false at the end of the file. */
    public boolean next() throws IOException {
        row = readRow();
        if (row != null && row.size() != header.size()) {
            throw new IOException(source + ": row " + line + " has " + row.size() + " fields, the header "
                    + header.size());
        }
        return row != null;
    }

    public String get(int column) {
        return row.get(column);
    }

    /** A numeric field; an empty field is NaN. */
    public double number(int column) throws IOException {
        String s = row.get(column);
        if (s.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IOException(source + ": row " + line + ", column " + header.get(column) + ": not a number: " + s);
        }
    }

    /** A whole-number field. */
    public long integer(int column) throws IOException {
        try {
            return Long.parseLong(row.get(column));
        } catch (NumberFormatException e) {
            throw new IOException(source + ": row " + line + ", column " + header.get(column) + ": not an integer: "
                    + row.get(column));
        }
    }

    /** The current row's fields (a copy). */
    public List<String> fields() {
        return List.copyOf(row);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** One record, or null at the end of input. A quoted field may continue on the next lines. */
    private List<String> readRow() throws IOException {
        String text = in.readLine();
        if (text == null) {
            return null;
        }
        line++;
        while (quotes(text) % 2 == 1) {
            String more = in.readLine();
            if (more == null) {
                throw new IOException(source + ": row " + line + ": unterminated quoted field");
            }
            text = text + "\n" + more;
        }
        return split(text);
    }

    private static int quotes(String s) {
        int n = 0;
        for (int k = s.indexOf('"'); k >= 0; k = s.indexOf('"', k + 1)) {
            n++;
        }
        return n;
    }

    /** Splits one complete record into fields, unquoting as RFC 4180 says. */
    static List<String> split(String text) {
        List<String> fields = new ArrayList<>();
        if (text.indexOf('"') < 0) {
            int from = 0;
            for (int k = text.indexOf(','); k >= 0; k = text.indexOf(',', from)) {
                fields.add(text.substring(from, k));
                from = k + 1;
            }
            fields.add(text.substring(from));
            return fields;
        }
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (k + 1 < text.length() && text.charAt(k + 1) == '"') {
                    field.append('"');
                    k++;
                } else {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}

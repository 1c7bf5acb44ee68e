package org.sahelsim.output;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a tidy table of statistics over many runs (one row per arm, metric, faction, week, ...).
 * Unlike the per-run tables of {@link CsvWriter}, rows do not start with {@code run_id} and
 * {@code seed}: each row summarises many runs, which the batch manifest lists. Fields follow
 * {@link CsvFormat}, lines end with {@code \n}, and a name ending in {@code .gz} is gzip-compressed
 * (the gzip header carries no time stamp, so the bytes depend on the content only).
 */
public final class AggregateCsv implements Closeable {
    private final Writer out;
    private final List<String> columns;
    private final StringBuilder line = new StringBuilder(128);

    private AggregateCsv(Writer out, List<String> columns) throws IOException {
        this.out = out;
        this.columns = List.copyOf(columns);
        for (int k = 0; k < columns.size(); k++) {
            line.append(k == 0 ? "" : ",").append(CsvFormat.quote(columns.get(k)));
        }
        endLine();
    }

    /** Creates {@code file} (it must not exist) and writes the header. */
    public static AggregateCsv create(Path file, String... columns) throws IOException {
        OutputStream stream = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            OutputStream raw = file.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(stream, 1 << 16)
                    : stream;
            Writer w = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16);
            return new AggregateCsv(w, Arrays.asList(columns));
        } catch (IOException | RuntimeException e) {
            stream.close();
            throw e;
        }
    }

    /** One row, one value per column. */
    public void row(Object... values) throws IOException {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("table has " + columns.size() + " columns " + columns + " but the row has "
                    + values.length + " values");
        }
        line.setLength(0);
        for (int k = 0; k < values.length; k++) {
            line.append(k == 0 ? "" : ",").append(CsvFormat.field(values[k]));
        }
        endLine();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void endLine() throws IOException {
        line.append('\n');
        out.write(line.toString());
    }
}

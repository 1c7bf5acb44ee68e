package org.sahelsim.output;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

/**
 * Streams rows of one {@link CsvTable}: UTF-8 without BOM, fields formatted by {@link CsvFormat},
 * lines ended by {@code \n} whatever the platform, so that the same run gives the same bytes.
 *
 * <p>The header is written once, by the constructor. Every row starts with the run's id and seed,
 * so rows of many runs can share a file. Methods are synchronized so that parallel runs may
 * share a writer; row order then follows the callers' order.
 */
public final class CsvWriter implements Closeable, Flushable {
    private final Writer out;
    private final CsvTable table;
    private final StringBuilder line = new StringBuilder(128);
    private long rows;
    private boolean closed;

    /** Writes the header to {@code out}; the writer takes ownership of {@code out}. */
    public CsvWriter(Writer out, CsvTable table) throws IOException {
        this.out = out;
        this.table = table;
        List<String> header = table.header();
        for (int k = 0; k < header.size(); k++) {
            if (k > 0) {
                line.append(',');
            }
            line.append(CsvFormat.quote(header.get(k)));
        }
        endLine();
    }

    /**
     * Creates {@code dir/<table>.csv} and writes its header.
     *
     * @throws java.nio.file.FileAlreadyExistsException if the file exists: tables are never
     *         silently replaced
     */
    public static CsvWriter open(Path dir, CsvTable table) throws IOException {
        Path file = dir.resolve(table.fileName());
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            return new CsvWriter(w, table);
        } catch (IOException | RuntimeException e) {
            w.close();
            throw e;
        }
    }

    public CsvTable table() {
        return table;
    }

    /** Data rows written so far (the header not counted). */
    public synchronized long rows() {
        return rows;
    }

    /** Writes one row: the run's id and seed, then one value per column of the table. */
    public synchronized void row(RunKey run, Object... values) throws IOException {
        row(run, Arrays.asList(values));
    }

    /** As {@link #row(RunKey, Object...)}, with the values in a list. */
    public synchronized void row(RunKey run, List<?> values) throws IOException {
        if (closed) {
            throw new IllegalStateException("CSV table '" + table.name() + "' is closed");
        }
        if (values.size() != table.columns().size()) {
            throw new IllegalArgumentException("table '" + table.name() + "' has " + table.columns().size()
                    + " columns " + table.columns() + " but the row has " + values.size() + " values");
        }
        // Reset first: a value that failed to format must not leak into the next row.
        line.setLength(0);
        line.append(CsvFormat.quote(run.runId())).append(',').append(run.seed());
        for (Object v : values) {
            line.append(',').append(CsvFormat.field(v));
        }
        endLine();
        rows++;
    }

    @Override
    public synchronized void flush() throws IOException {
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        if (!closed) {
            closed = true;
            out.close();
        }
    }

    private void endLine() throws IOException {
        line.append('\n');
        out.write(line.toString());
    }
}

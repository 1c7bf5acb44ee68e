package org.sahelsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {
    private static final RunKey RUN = new RunKey("baseline-0001", 42L);

    @Test
    void everyRowStartsWithRunIdAndSeed() throws IOException {
        StringWriter out = new StringWriter();
        try (CsvWriter w = new CsvWriter(out, CsvTable.of("control", "step", "faction", "share"))) {
            w.row(RUN, 0, Thread.State.NEW, 0.25);
            w.row(new RunKey("other", -7L), List.of(1L, "JNIM", 0.5));
            assertEquals(2, w.rows());
        }
        assertEquals("run_id,seed,step,faction,share\n"
                + "baseline-0001,42,0,NEW,0.25\n"
                + "other,-7,1,JNIM,0.5\n", out.toString());
    }

    @Test
    void textIsQuotedAsRfc4180Requires() {
        assertEquals("plain text", CsvFormat.quote("plain text"));
        assertEquals("\"a,b\"", CsvFormat.quote("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvFormat.quote("say \"hi\""));
        assertEquals("\"line\nbreak\"", CsvFormat.quote("line\nbreak"));
        assertEquals("\"cr\rhere\"", CsvFormat.quote("cr\rhere"));
        assertEquals("Ménaka", CsvFormat.field("Ménaka"));
        assertEquals("", CsvFormat.field(null));
        assertEquals("true", CsvFormat.field(Boolean.TRUE));
        assertThrows(IllegalArgumentException.class, () -> CsvFormat.field(new double[] {1}));
    }

    @Test
    void numbersAreFormattedByAFixedPolicy() {
        assertEquals("3", CsvFormat.field(3));
        assertEquals("-9223372036854775808", CsvFormat.field(Long.MIN_VALUE));
        assertEquals("1.5", CsvFormat.field(1.5));
        assertEquals("0.1", CsvFormat.field(0.1));
        assertEquals("0.1", CsvFormat.field(0.1f));
        assertEquals("2", CsvFormat.field(2.0));
        assertEquals("0.333333", CsvFormat.field(1.0 / 3));
        assertEquals("0.666667", CsvFormat.field(2.0 / 3));
        assertEquals("12345678901234", CsvFormat.field(12345678901234.0));
        assertEquals("0.000001", CsvFormat.field(1e-6));
        assertEquals("0", CsvFormat.field(1e-9));
        assertEquals("0", CsvFormat.field(-0.0));
        assertEquals("0", CsvFormat.field(-1e-9));
        assertEquals("-2.5", CsvFormat.field(-2.5));
        assertEquals("", CsvFormat.field(Double.NaN));
        assertEquals("Infinity", CsvFormat.field(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", CsvFormat.field(Double.NEGATIVE_INFINITY));
        assertEquals("1.234568", CsvFormat.field(new BigDecimal("1.2345675")));
    }

    @Test
    void formattingIgnoresTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("1234.5", CsvFormat.field(1234.5));
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            assertEquals("1234.5", CsvFormat.field(1234.5));
            assertEquals("17", CsvFormat.field(17));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void rowWithWrongNumberOfValuesIsRejected() throws IOException {
        try (CsvWriter w = new CsvWriter(new StringWriter(), CsvTable.of("t", "a", "b"))) {
            assertThrows(IllegalArgumentException.class, () -> w.row(RUN, 1));
        }
    }

    @Test
    void failedRowDoesNotLeakIntoNextRow() throws IOException {
        StringWriter out = new StringWriter();
        try (CsvWriter w = new CsvWriter(out, CsvTable.of("t", "a"))) {
            assertThrows(IllegalArgumentException.class, () -> w.row(RUN, new AtomicLong(1)));
            w.row(RUN, 2);
        }
        assertEquals("run_id,seed,a\nbaseline-0001,42,2\n", out.toString());
    }

    @Test
    void tablesRejectReservedAndDuplicateColumns() {
        assertThrows(IllegalArgumentException.class, () -> CsvTable.of("t", "seed"));
        assertThrows(IllegalArgumentException.class, () -> CsvTable.of("t", "run_id"));
        assertThrows(IllegalArgumentException.class, () -> CsvTable.of("t", "a", "a"));
        assertThrows(IllegalArgumentException.class, () -> CsvTable.of("t"));
        assertThrows(IllegalArgumentException.class, () -> CsvTable.of("../evil", "a"));
        assertThrows(IllegalArgumentException.class, () -> new RunKey(" ", 1));
    }

    @Test
    void openWritesUtf8FileOnceAndNeverReplacesIt(@TempDir Path dir) throws IOException {
        CsvTable table = CsvTable.of("sites", "name", "pop");
        try (CsvWriter w = CsvWriter.open(dir, table)) {
            w.row(RUN, "Ménaka, town", 20000);
        }
        byte[] bytes = Files.readAllBytes(dir.resolve("sites.csv"));
        assertEquals("run_id,seed,name,pop\nbaseline-0001,42,\"Ménaka, town\",20000\n",
                new String(bytes, StandardCharsets.UTF_8));
        assertThrows(FileAlreadyExistsException.class, () -> CsvWriter.open(dir, table));
    }
}

package org.sahelsim.history;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Shared helpers: the UCDP extract, read once, when it is present. */
final class HistoryTestSupport {
    /** The extract's folder, relative to the repository root (Maven runs tests from there). */
    static final Path DATA = Path.of("..", "shared", "data", "events");
    private static List<UcdpEvent> events;
    private static Derivation derivation;

    private HistoryTestSupport() {
    }

    /** Skips the calling test unless the extract is present. */
    static Path requireData() {
        assumeTrue(Files.isRegularFile(DATA.resolve(UcdpCsv.FILE)), "UCDP extract not found at " + DATA
                + " (only needed to re-run the derivation of the historical forces); skipping");
        return DATA;
    }

    static synchronized List<UcdpEvent> events() throws IOException {
        requireData();
        if (events == null) {
            events = UcdpCsv.read(DATA.resolve(UcdpCsv.FILE));
        }
        return events;
    }

    static synchronized Derivation derivation() throws IOException {
        if (derivation == null) {
            derivation = Derivation.run(events(), Derivation.bundledSpec());
        }
        return derivation;
    }

    /** The event with this UCDP id. */
    static UcdpEvent event(long id) throws IOException {
        return events().stream().filter(e -> e.id() == id).findFirst()
                .orElseThrow(() -> new AssertionError("no UCDP event " + id + " in the extract"));
    }
}

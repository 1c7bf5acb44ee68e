package org.sahelsim.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed activity table and scenario fragment are exactly what the derivation makes from
 * the UCDP extract. Skipped (with a message) when {@code ../shared/data/events} is absent.
 */
class DerivationRegenerationTest {
    private static final String HOW = ": run `./sahelsim history derive` and commit the result";

    @Test
    void activityTableIsWhatTheEventsGive() throws Exception {
        assertEquals(HistoryTestSupport.derivation().activityCsv(), Derivation.resourceText(ActivityCsv.RESOURCE),
                ActivityCsv.RESOURCE + " is out of date" + HOW);
    }

    @Test
    void forcesFragmentIsWhatTheEventsGive() throws Exception {
        assertEquals(HistoryTestSupport.derivation().forcesYaml(),
                Files.readString(Path.of(ForcesYaml.FILE), StandardCharsets.UTF_8), ForcesYaml.FILE + " is out of date" + HOW);
    }

    @Test
    void derivingTwiceGivesTheSameText() throws Exception {
        Derivation again = Derivation.run(HistoryTestSupport.events(), Derivation.bundledSpec());
        assertEquals(HistoryTestSupport.derivation().forcesYaml(), again.forcesYaml());
        assertEquals(HistoryTestSupport.derivation().activityCsv(), again.activityCsv());
    }
}

package org.sahelsim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChartMetaTest {
    @Test
    void subtitleNamesScenarioAndReplicates() {
        assertEquals("scenario baseline-2026 · 30 replicates",
                new ChartMeta("T", "baseline-2026", 30, "Date (week ending)", "Area (km²)").subtitle());
        assertEquals("scenario pilot · 1 replicate", new ChartMeta("T", "pilot", 1, "x (u)", "y (u)").subtitle());
    }

    @Test
    void labelPutsTheUnitInParentheses() {
        assertEquals("Controlled area (km²)", ChartMeta.label("Controlled area", "km²"));
    }

    @Test
    void rejectsMissingParts() {
        assertThrows(IllegalArgumentException.class, () -> new ChartMeta(" ", "s", 1, "x", "y"));
        assertThrows(IllegalArgumentException.class, () -> new ChartMeta("t", null, 1, "x", "y"));
        assertThrows(IllegalArgumentException.class, () -> new ChartMeta("t", "s", 0, "x", "y"));
        assertThrows(IllegalArgumentException.class, () -> new ChartMeta("t", "s", 1, "", "y"));
        assertThrows(IllegalArgumentException.class, () -> new ChartMeta("t", "s", 1, "x", ""));
    }
}

package org.sahelsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.testing.Runs;

/** forces.csv against the run's own weekly totals, and its quarterly rhythm. */
class ForceLayoutTest {
    @TempDir
    Path tmp;

    @Test
    void quarterlyRowsAddUpToTheWeeksFightersAndUnits() throws IOException {
        Path dir = Runs.run(Runs.scenario("historical-2020.yaml", 30), 11, tmp.resolve("run"));
        Map<String, long[]> forces = new LinkedHashMap<>();
        Map<Integer, LocalDate> recorded = new LinkedHashMap<>();
        Map<String, Long> isspHomeMenaka = new HashMap<>();
        try (CsvReader r = CsvReader.open(dir.resolve("forces.csv"))) {
            int week = r.column("week");
            int date = r.column("date");
            int faction = r.column("faction");
            int home = r.column("home_region");
            int units = r.column("units");
            int fighters = r.column("fighters");
            while (r.next()) {
                String k = r.get(week) + "|" + r.get(faction);
                long[] v = forces.computeIfAbsent(k, x -> new long[2]);
                v[0] += r.integer(units);
                v[1] += r.integer(fighters);
                recorded.put((int) r.integer(week), LocalDate.parse(r.get(date)));
                if (r.get(faction).equals("ISSP") && r.get(home).equals("ML-9")) {
                    isspHomeMenaka.merge(r.get(week), r.integer(units), Long::sum);
                }
            }
        }
        Map<String, long[]> weekly = new HashMap<>();
        Map<Integer, LocalDate> dates = new HashMap<>();
        try (CsvReader r = CsvReader.open(dir.resolve("timeseries.csv"))) {
            int week = r.column("week");
            int faction = r.column("faction");
            int units = r.column("units");
            int fighters = r.column("fighters");
            int date = r.column("date");
            while (r.next()) {
                weekly.put(r.get(week) + "|" + r.get(faction), new long[] {r.integer(units), r.integer(fighters)});
                dates.put((int) r.integer(week), LocalDate.parse(r.get(date)));
            }
        }
        assertEquals(List.of(0, 13, 26), new ArrayList<>(recorded.keySet()),
                "the first simulated week of Q1, Q2 and Q3 2020 (weeks dated " + recorded.values() + ")");
        for (int w : recorded.keySet()) {
            assertTrue(w == 0 || quarter(dates.get(w - 1)) < quarter(dates.get(w)), "week " + w + " opens a quarter");
        }
        for (Map.Entry<String, long[]> e : weekly.entrySet()) {
            int w = Integer.parseInt(e.getKey().split("\\|")[0]);
            long[] f = forces.getOrDefault(e.getKey(), new long[2]);
            if (recorded.containsKey(w)) {
                assertEquals(e.getValue()[0], f[0], "units " + e.getKey());
                assertEquals(e.getValue()[1], f[1], "fighters " + e.getKey());
            }
        }
        assertTrue(isspHomeMenaka.getOrDefault("0", 0L) >= 3,
                "ISSP's four Ménaka bands of the derivation are recorded with their home: " + isspHomeMenaka);
    }

    private static int quarter(LocalDate d) {
        return d.getYear() * 4 + (d.getMonthValue() - 1) / 3;
    }
}

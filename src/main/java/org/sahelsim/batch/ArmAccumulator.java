package org.sahelsim.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sahelsim.model.Indicator;
import org.sahelsim.model.SahelMap;
import org.sahelsim.output.BatchManifest;
import org.sahelsim.output.BatchMetrics;
import org.sahelsim.output.ControlGridFile;
import org.sahelsim.output.CsvWriter;
import org.sahelsim.output.JsonOut;
import org.sahelsim.output.RunKey;

/**
 * Folds the finished runs of one arm, read back from disk one at a time in replicate order: weekly
 * statistics, end-state rows (streamed straight to endstate.csv), per-cell control and event
 * counts, and clashes by dyad. Only this arm's accumulators are in memory.
 */
final class ArmAccumulator {
    private final List<String> columns;
    private final boolean[] additive;
    private final int weeks;
    final WeeklyFold weekly;
    final DyadFold dyads;
    final SpatialFold spatial;
    private int runs;

    ArmAccumulator(List<String> columns, int weeks, SahelMap map) {
        this.columns = List.copyOf(columns);
        this.weeks = weeks;
        this.additive = new boolean[columns.size()];
        for (int c = 0; c < additive.length; c++) {
            additive[c] = BatchMetrics.isAdditive(columns.get(c));
        }
        List<String> weeklyMetrics = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (BatchMetrics.WEEKLY.contains(columns.get(c)) || isIndicator(columns.get(c))) {
                weeklyMetrics.add(columns.get(c));
                index.add(c);
            }
        }
        this.weekly = new WeeklyFold(weeklyMetrics, index.stream().mapToInt(Integer::intValue).toArray(), weeks);
        this.dyads = new DyadFold(weeks);
        this.spatial = new SpatialFold(map);
    }

    /** Folds one committed run and writes its end-state rows. */
    void add(Path runDir, BatchManifest.Run run, String arm, CsvWriter endstate) throws IOException {
        EndState end = new EndState(columns);
        RunTables.weeks(runDir, columns, (w, date, values) -> {
            double[][] sides = Sides.of(values, additive);
            weekly.add(w, date, sides);
            end.week(sides);
        });
        if (end.weeks() != weeks) {
            throw new IOException(runDir + ": " + end.weeks() + " weeks, the batch has " + weeks);
        }
        RunTables.events(runDir, (w, lat, lon, attacker, defender) -> {
            spatial.event(lat, lon);
            dyads.event(w, attacker, defender);
        });
        dyads.endRun();
        spatial.grid(ControlGridFile.read(runDir));
        JsonNode summary = JsonOut.mapper().readTree(runDir.resolve(JsonOut.SUMMARY).toFile());
        end.write(endstate, new RunKey(run.runId(), run.seed()), arm, run.replicate(),
                summary.get("violent_events").asLong(), summary.get("deaths").asLong());
        runs++;
    }

    int runs() {
        return runs;
    }

    private static boolean isIndicator(String column) {
        for (Indicator i : Indicator.values()) {
            if (i.column().equals(column)) {
                return true;
            }
        }
        return false;
    }
}

package org.sahelsim.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Submodel;
import org.sahelsim.model.config.ScenarioConfig;
import org.sahelsim.output.RunKey;
import org.sahelsim.output.RunRecorder;

/**
 * Runs one scenario with one seed, streaming its tables into a folder. The caller owns the folder
 * (and its atomic commit) and may ask for control-map snapshots.
 */
public final class SingleRun {
    /** Draws a control map of the model's current state into the folder. */
    @FunctionalInterface
    public interface Snapshot {
        void draw(SahelModel model, Path dir, String label) throws IOException;
    }

    /** What a finished run reports back. */
    public record Result(RunKey key, int weeks, LocalDate endDate, long events, long deaths,
                         Map<String, Object> finalFigures, double wallSeconds) {
    }

    private SingleRun() {
    }

    /**
     * @param key      run id and seed
     * @param config   validated scenario
     * @param map      geography at the scenario's resolution
     * @param rules    extra submodels (drones, economy, recruitment, ceasefires)
     * @param dir      folder to write into
     * @param snapshot map drawer, or null for no maps
     */
    public static Result execute(RunKey key, ScenarioConfig config, SahelMap map, List<Submodel> rules, Path dir,
                                 Snapshot snapshot) throws IOException {
        return execute(key, config, map, rules, dir, snapshot, null);
    }

    /**
     * As {@link #execute(RunKey, ScenarioConfig, SahelMap, List, Path, Snapshot)}, and then hands the
     * model in its end state to {@code atEnd} (for example to save its control map), or to nobody
     * when null.
     */
    public static Result execute(RunKey key, ScenarioConfig config, SahelMap map, List<Submodel> rules, Path dir,
                                 Snapshot snapshot, Snapshot atEnd) throws IOException {
        long t0 = System.nanoTime();
        SahelModel m = new SahelModel(key.seed(), map, config, rules);
        m.start();
        List<LocalDate> mapDates = new ArrayList<>(config.outputs().mapDates());
        int weeks = config.totalWeeks();
        try (RunRecorder rec = new RunRecorder(dir, key)) {
            if (snapshot != null) {
                snapshot.draw(m, dir, "map-start-" + m.date());
            }
            for (int w = 0; w < weeks; w++) {
                m.schedule.step(m);
                rec.week(m);
                drawDue(m, dir, snapshot, mapDates);
            }
            if (snapshot != null) {
                snapshot.draw(m, dir, "map-end-" + m.date());
            }
            if (atEnd != null) {
                atEnd.draw(m, dir, "end");
            }
            Map<String, Object> figures = new LinkedHashMap<>(rec.finalFigures(m));
            double wall = (System.nanoTime() - t0) / 1e9;
            return new Result(key, weeks, m.date(), rec.eventCount(), rec.deathCount(), figures, wall);
        }
    }

    /** Draws the maps whose date falls in the week just simulated. */
    private static void drawDue(SahelModel m, Path dir, Snapshot snapshot, List<LocalDate> dates) throws IOException {
        if (snapshot == null) {
            return;
        }
        LocalDate weekStart = m.date().minusWeeks(1);
        for (LocalDate d : dates) {
            if (!d.isBefore(weekStart) && d.isBefore(m.date())) {
                snapshot.draw(m, dir, "map-" + d);
            }
        }
    }
}

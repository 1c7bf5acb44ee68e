package org.sahelsim.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.model.Faction;
import org.sahelsim.model.SahelMap;
import org.sahelsim.output.BatchLayout;
import org.sahelsim.output.BatchManifest;
import org.sahelsim.output.ControlGridFile;
import org.sahelsim.output.CsvTable;
import org.sahelsim.output.CsvWriter;
import org.sahelsim.output.JsonOut;
import org.sahelsim.output.RunKey;
import org.sahelsim.output.Tables;

/**
 * Hand-made committed run folders with chosen values, so that aggregate statistics can be checked
 * against numbers worked out by hand. Every value not set is 0.
 */
final class SyntheticRuns {
    static final LocalDate START = LocalDate.of(2026, 1, 5);
    private final Path root;
    private final BatchManifest manifest;
    private final SahelMap map;
    private final Map<String, Double> values = new HashMap<>();
    private final Map<Integer, List<Object[]>> events = new HashMap<>();
    private final Map<Integer, Map<Integer, byte[]>> control = new HashMap<>();
    private final Map<Integer, Long> violentEvents = new HashMap<>();

    SyntheticRuns(Path root, SahelMap map, List<String> arms, int replicates, int weeks) {
        this.root = root;
        this.map = map;
        List<BatchManifest.Arm> list = new ArrayList<>();
        arms.forEach(a -> list.add(new BatchManifest.Arm(a, null, Map.of())));
        List<Long> seeds = new ArrayList<>();
        for (int r = 0; r < replicates; r++) {
            seeds.add(100L + r);
        }
        manifest = new BatchManifest(1, "synthetic", null, "synthetic.yaml", "0", "synthetic", List.of(),
                START.toString(), START.plusWeeks(weeks).toString(), weeks, map.res, replicates, seeds, arms.get(0),
                Map.of(), list, null, new BatchManifest.Precision(0.05, Map.of()), "dev", "unknown");
    }

    BatchManifest manifest() {
        return manifest;
    }

    /** Sets a timeseries value of a run (arm index, replicate), week and faction. */
    SyntheticRuns set(int arm, int rep, int week, Faction f, String column, double value) {
        values.put(arm + "/" + rep + "/" + week + "/" + f + "/" + column, value);
        return this;
    }

    SyntheticRuns event(int arm, int rep, int week, int cell, Faction attacker, Faction defender) {
        events.computeIfAbsent(arm * 1000 + rep, k -> new ArrayList<>()).add(new Object[] {week, cell, attacker, defender});
        return this;
    }

    /** The controller of a cell at the end of a run; {@code code} as in ControlGridFile (ordinal+1, 0x80 contested). */
    SyntheticRuns control(int arm, int rep, int cell, Faction f, boolean contested) {
        control.computeIfAbsent(arm * 1000 + rep, k -> new HashMap<>()).put(cell,
                new byte[] {(byte) f.ordinal(), (byte) (contested ? 1 : 0)});
        return this;
    }

    SyntheticRuns violentEvents(int arm, int rep, long n) {
        violentEvents.put(arm * 1000 + rep, n);
        return this;
    }

    /** Writes every run of the manifest (or only those {@code keep} accepts) and the manifest. */
    void write(java.util.function.Predicate<BatchManifest.Run> keep) throws IOException {
        manifest.writeOrCompare(root);
        for (BatchManifest.Run run : manifest.runs()) {
            if (keep.test(run)) {
                writeRun(run);
            }
        }
    }

    private void writeRun(BatchManifest.Run run) throws IOException {
        Path dir = Files.createDirectories(BatchLayout.runDir(root, run));
        RunKey key = new RunKey(run.runId(), run.seed());
        CsvTable table = Tables.timeseries();
        try (CsvWriter w = CsvWriter.open(dir, table)) {
            for (int week = 0; week < manifest.weeks(); week++) {
                for (Faction f : Faction.values()) {
                    List<Object> row = new ArrayList<>(List.of(week, START.plusWeeks(week), f.name()));
                    for (String c : table.columns().subList(3, table.columns().size())) {
                        row.add(values.getOrDefault(run.arm() + "/" + run.replicate() + "/" + week + "/" + f + "/" + c, 0.0));
                    }
                    w.row(key, row);
                }
            }
        }
        try (CsvWriter w = CsvWriter.open(dir, Tables.events())) {
            for (Object[] e : events.getOrDefault(run.arm() * 1000 + run.replicate(), List.of())) {
                int cell = (int) e[1];
                w.row(key, e[0], START.plusWeeks((int) e[0]), map.lat(cell / map.width), map.lon(cell % map.width), "",
                        "", "clash", ((Faction) e[2]).name(), ((Faction) e[3]).name(), 1, 1, 0, "");
            }
        }
        BatchLayout.gzip(dir.resolve("timeseries.csv"));
        BatchLayout.gzip(dir.resolve("events.csv"));
        byte[] controller = new byte[map.cells()];
        boolean[] contested = new boolean[map.cells()];
        java.util.Arrays.fill(controller, (byte) -1);
        control.getOrDefault(run.arm() * 1000 + run.replicate(), Map.of()).forEach((cell, v) -> {
            controller[cell] = v[0];
            contested[cell] = v[1] == 1;
        });
        ControlGridFile.write(dir, new ControlGridFile.Grid(map.width, map.height, map.res, controller, contested));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("run_id", run.runId());
        summary.put("violent_events", violentEvents.getOrDefault(run.arm() * 1000 + run.replicate(), 0L));
        summary.put("deaths", 0);
        JsonOut.writeSummary(dir, summary);
    }
}

package org.sahelsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sahelsim.output.BatchLayout;
import org.sahelsim.output.BatchManifest;
import org.sahelsim.output.BatchStatus;
import org.sahelsim.output.CsvReader;
import org.sahelsim.stats.MeanCI;

/**
 * A finished batch as its files describe it: the manifest, the status, and the aggregate tables,
 * read on demand and only the parts a chart or the report needs.
 */
public final class BatchResults {
    /** Mean and 95% band of a weekly series. */
    public record Band(LocalDate[] dates, MeanCI[] cis) {
    }

    private final Path root;
    private final BatchManifest manifest;
    private final BatchStatus status;
    private final List<PairedRow> paired;

    private BatchResults(Path root, BatchManifest manifest, BatchStatus status, List<PairedRow> paired) {
        this.root = root;
        this.manifest = manifest;
        this.status = status;
        this.paired = List.copyOf(paired);
    }

    /** Reads the manifest, the status and the paired differences of an aggregated batch. */
    public static BatchResults read(Path root) throws IOException {
        BatchManifest m = BatchManifest.read(root);
        BatchStatus s = BatchStatus.read(root);
        return new BatchResults(root, m, s, readPaired(BatchLayout.aggregate(root, BatchLayout.PAIRED)));
    }

    public Path root() {
        return root;
    }

    public BatchManifest manifest() {
        return manifest;
    }

    public BatchStatus status() {
        return status;
    }

    public List<PairedRow> paired() {
        return paired;
    }

    /** Arms with at least one finished run, in order. */
    public List<String> arms() {
        return manifest.armNames().stream().filter(a -> status.runsPerArm().getOrDefault(a, 0) > 0).toList();
    }

    /** Weekly bands of the given metrics and sides, by key and arm. */
    public Map<Key, Map<String, Band>> weekly(Set<Key> keys) throws IOException {
        Map<Key, Map<String, List<MeanCI>>> cis = new LinkedHashMap<>();
        Map<Key, Map<String, List<LocalDate>>> dates = new HashMap<>();
        try (CsvReader in = CsvReader.open(BatchLayout.aggregate(root, BatchLayout.WEEKLY))) {
            int arm = in.column("arm");
            int metric = in.column("metric");
            int side = in.column("faction");
            int date = in.column("date");
            int n = in.column("n");
            int mean = in.column("mean");
            int sd = in.column("sd");
            while (in.next()) {
                Key k = new Key(in.get(metric), in.get(side));
                if (keys.contains(k)) {
                    int count = (int) in.integer(n);
                    cis.computeIfAbsent(k, x -> new LinkedHashMap<>()).computeIfAbsent(in.get(arm), x -> new ArrayList<>())
                            .add(new MeanCI(count, in.number(mean), count < 2 ? Double.NaN : in.number(sd)));
                    dates.computeIfAbsent(k, x -> new HashMap<>()).computeIfAbsent(in.get(arm), x -> new ArrayList<>())
                            .add(LocalDate.parse(in.get(date)));
                }
            }
        }
        Map<Key, Map<String, Band>> out = new LinkedHashMap<>();
        cis.forEach((k, byArm) -> {
            Map<String, Band> bands = new LinkedHashMap<>();
            byArm.forEach((a, list) -> bands.put(a, new Band(dates.get(k).get(a).toArray(new LocalDate[0]),
                    list.toArray(new MeanCI[0]))));
            out.put(k, bands);
        });
        return out;
    }

    /** End-state values (replicate order) of the given metrics and sides, by key and arm. */
    public Map<Key, Map<String, double[]>> endState(Set<Key> keys) throws IOException {
        Map<Key, Map<String, List<Double>>> values = new LinkedHashMap<>();
        try (CsvReader in = CsvReader.open(BatchLayout.aggregate(root, BatchLayout.ENDSTATE))) {
            int arm = in.column("arm");
            int metric = in.column("metric");
            int side = in.column("faction");
            int value = in.column("value");
            while (in.next()) {
                Key k = new Key(in.get(metric), in.get(side));
                if (keys.contains(k)) {
                    values.computeIfAbsent(k, x -> new LinkedHashMap<>()).computeIfAbsent(in.get(arm),
                            x -> new ArrayList<>()).add(in.number(value));
                }
            }
        }
        Map<Key, Map<String, double[]>> out = new LinkedHashMap<>();
        values.forEach((k, byArm) -> {
            Map<String, double[]> m = new LinkedHashMap<>();
            byArm.forEach((a, list) -> m.put(a, list.stream().mapToDouble(Double::doubleValue).toArray()));
            out.put(k, m);
        });
        return out;
    }

    /** Mean violent events per week by dyad, by arm and dyad (in file order). */
    public Map<String, Map<String, double[]>> dyads() throws IOException {
        Map<String, Map<String, List<Double>>> values = new LinkedHashMap<>();
        try (CsvReader in = CsvReader.open(BatchLayout.aggregate(root, BatchLayout.DYADS))) {
            int arm = in.column("arm");
            int dyad = in.column("dyad");
            int mean = in.column("mean");
            while (in.next()) {
                values.computeIfAbsent(in.get(arm), x -> new LinkedHashMap<>())
                        .computeIfAbsent(in.get(dyad), x -> new ArrayList<>()).add(in.number(mean));
            }
        }
        Map<String, Map<String, double[]>> out = new LinkedHashMap<>();
        values.forEach((a, byDyad) -> {
            Map<String, double[]> m = new LinkedHashMap<>();
            byDyad.forEach((d, list) -> m.put(d, list.stream().mapToDouble(Double::doubleValue).toArray()));
            out.put(a, m);
        });
        return out;
    }

    /** Dates of the weeks, from the weekly table of the first arm. */
    public LocalDate[] weekDates() {
        LocalDate start = LocalDate.parse(manifest.start());
        LocalDate[] out = new LocalDate[manifest.weeks()];
        for (int w = 0; w < out.length; w++) {
            out[w] = start.plusWeeks(w);
        }
        return out;
    }

    private static List<PairedRow> readPaired(Path file) throws IOException {
        List<PairedRow> out = new ArrayList<>();
        try (CsvReader in = CsvReader.open(file)) {
            int[] c = new int[13];
            String[] names = {"arm", "reference", "metric", "faction", "unit", "better", "n", "mean_difference",
                "sd_difference", "ci_low", "ci_high", "share_better", "p_value"};
            for (int k = 0; k < names.length; k++) {
                c[k] = in.column(names[k]);
            }
            while (in.next()) {
                out.add(new PairedRow(in.get(c[0]), in.get(c[1]), new Key(in.get(c[2]), in.get(c[3])), in.get(c[4]),
                        in.get(c[5]), (int) in.integer(c[6]), in.number(c[7]), in.number(c[8]), in.number(c[9]),
                        in.number(c[10]), in.number(c[11]), in.number(c[12])));
            }
        }
        return out;
    }
}

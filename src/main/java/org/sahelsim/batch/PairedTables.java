package org.sahelsim.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sahelsim.output.AggregateCsv;
import org.sahelsim.output.BatchLayout;
import org.sahelsim.output.BatchManifest;
import org.sahelsim.output.BatchMetrics;
import org.sahelsim.output.CsvReader;
import org.sahelsim.stats.Distribution;
import org.sahelsim.stats.MeanCI;
import org.sahelsim.stats.PairedComparison;
import org.sahelsim.stats.SampleSize;
import org.sahelsim.stats.Welford;

/**
 * The end-state tables: distributions per arm, paired differences against the reference arm, and
 * the replicates needed for the target precision. endstate.csv is read back arm by arm, so memory
 * holds one value per replicate and metric of two arms (the arm and the reference), never the batch.
 */
final class PairedTables {
    /** A metric on a side, e.g. controlled_population on JNIM. */
    record Key(String metric, String side) {
    }

    private final Path endstate;
    private final BatchManifest manifest;

    PairedTables(Path endstate, BatchManifest manifest) {
        this.endstate = endstate;
        this.manifest = manifest;
    }

    void write(Path dir) throws IOException {
        String reference = manifest.reference();
        Map<Key, double[]> ref = read(reference);
        try (AggregateCsv summary = AggregateCsv.create(dir.resolve(BatchLayout.ENDSTATE_SUMMARY), summaryHeader());
             AggregateCsv paired = AggregateCsv.create(dir.resolve(BatchLayout.PAIRED), pairedHeader());
             AggregateCsv needed = AggregateCsv.create(dir.resolve(BatchLayout.REPLICATES_NEEDED), neededHeader())) {
            for (String arm : manifest.armNames()) {
                Map<Key, double[]> values = arm.equals(reference) ? ref : read(arm);
                for (Map.Entry<Key, double[]> e : values.entrySet()) {
                    double[] v = present(e.getValue());
                    if (v.length == 0) {
                        continue;
                    }
                    summaryRow(summary, arm, e.getKey(), v);
                    if (arm.equals(reference)) {
                        neededRow(needed, arm, "", e.getKey(), "mean", MeanCI.of(v), Welford.of(v).mean());
                    } else if (ref.containsKey(e.getKey())) {
                        comparison(paired, needed, arm, e.getKey(), e.getValue(), ref.get(e.getKey()));
                    }
                }
            }
        }
    }

    /** Values of one arm by metric and side; NaN for replicates without a finished run. */
    private Map<Key, double[]> read(String arm) throws IOException {
        Map<Key, double[]> out = new LinkedHashMap<>();
        try (CsvReader in = CsvReader.open(endstate)) {
            int armCol = in.column("arm");
            int rep = in.column("replicate");
            int metric = in.column("metric");
            int side = in.column("faction");
            int value = in.column("value");
            while (in.next()) {
                if (in.get(armCol).equals(arm)) {
                    double[] v = out.computeIfAbsent(new Key(in.get(metric), in.get(side)), k -> nans());
                    v[(int) in.integer(rep)] = in.number(value);
                }
            }
        }
        return out;
    }

    private double[] nans() {
        double[] v = new double[manifest.replicates()];
        Arrays.fill(v, Double.NaN);
        return v;
    }

    private static double[] present(double[] v) {
        return Arrays.stream(v).filter(x -> !Double.isNaN(x)).toArray();
    }

    private void comparison(AggregateCsv paired, AggregateCsv needed, String arm, Key key, double[] armValues,
                            double[] refValues) throws IOException {
        int n = 0;
        double[] a = new double[armValues.length];
        double[] r = new double[armValues.length];
        for (int i = 0; i < armValues.length; i++) {
            if (!Double.isNaN(armValues[i]) && !Double.isNaN(refValues[i])) {
                a[n] = armValues[i];
                r[n] = refValues[i];
                n++;
            }
        }
        if (n == 0) {
            return;
        }
        a = Arrays.copyOf(a, n);
        r = Arrays.copyOf(r, n);
        if (allZero(a) && allZero(r)) {
            return;
        }
        BatchMetrics.Direction d = BatchMetrics.better(key.metric(), key.side());
        PairedComparison c = PairedComparison.of(a, r, d == BatchMetrics.Direction.HIGHER
                ? PairedComparison.Better.HIGHER : PairedComparison.Better.LOWER);
        MeanCI diff = c.difference();
        paired.row(arm, manifest.reference(), key.metric(), key.side(), BatchMetrics.unit(key.metric()),
                BatchMetrics.text(d), diff.n(), diff.mean(), diff.sd(), diff.lower(), diff.upper(), c.shareBetter(),
                c.pValue());
        neededRow(needed, arm, manifest.reference(), key, "paired difference", diff, Welford.of(r).mean());
    }

    private static boolean allZero(double[] v) {
        return Arrays.stream(v).allMatch(x -> x == 0);
    }

    private static void summaryRow(AggregateCsv out, String arm, Key key, double[] v) throws IOException {
        MeanCI ci = MeanCI.of(v);
        Distribution d = Distribution.of(v);
        out.row(arm, key.metric(), key.side(), BatchMetrics.unit(key.metric()), ci.n(), ci.mean(), ci.sd(), ci.lower(),
                ci.upper(), d.min(), d.q1(), d.median(), d.q3(), d.max());
    }

    /** Replicates for the target half-width, from the SD of the values or of the paired differences. */
    private void neededRow(AggregateCsv out, String arm, String reference, Key key, String quantity, MeanCI ci,
                           double referenceMean) throws IOException {
        Double absolute = manifest.precision().absolute().get(key.metric());
        double target = absolute != null ? absolute : manifest.precision().relative() * Math.abs(referenceMean);
        Integer replicates = null;
        Boolean capped = null;
        if (ci.n() >= 2 && target > 0) {
            SampleSize s = SampleSize.forHalfWidth(ci.sd(), target);
            replicates = s.replicates();
            capped = s.capped();
        }
        out.row(arm, reference, key.metric(), key.side(), BatchMetrics.unit(key.metric()), quantity, ci.n(), ci.sd(),
                ci.halfWidth(), target > 0 ? target : Double.NaN, replicates, capped);
    }

    static String[] summaryHeader() {
        return new String[] {"arm", "metric", "faction", "unit", "n", "mean", "sd", "ci_low", "ci_high", "min", "q1",
            "median", "q3", "max"};
    }

    static String[] pairedHeader() {
        return new String[] {"arm", "reference", "metric", "faction", "unit", "better", "n", "mean_difference",
            "sd_difference", "ci_low", "ci_high", "share_better", "p_value"};
    }

    static String[] neededHeader() {
        return new String[] {"arm", "reference", "metric", "faction", "unit", "quantity", "n", "sd", "half_width",
            "target_half_width", "replicates_needed", "capped"};
    }
}

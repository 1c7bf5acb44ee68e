package org.sahelsim.calibrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sahelsim.validate.Score;

/**
 * Writes a calibration's files: {@code calibration.csv}, one row per evaluated point with its
 * parameter values, objective terms and pattern shares (empty where not measured: a pattern that is
 * not evaluable, a 2025 size of a run that stops before 2025), and {@code best.yaml}, the best point
 * as a scenario fragment.
 */
public final class CalibrationFiles {
    private CalibrationFiles() {
    }

    public static void write(Path dir, CalibrationSpec spec, List<Calibration.Point> points) throws IOException {
        Files.writeString(dir.resolve("calibration.csv"), csv(spec, points), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("best.yaml"), bestYaml(spec, best(points)), StandardCharsets.UTF_8);
    }

    /** The point with the smallest objective (the first one on a tie). */
    public static Calibration.Point best(List<Calibration.Point> points) {
        return points.stream().min(Comparator.comparingDouble((Calibration.Point p) -> p.result().value())
                .thenComparingInt(Calibration.Point::index)).orElseThrow();
    }

    static String csv(CalibrationSpec spec, List<Calibration.Point> points) {
        List<String> patterns = patternIds(points);
        StringBuilder b = new StringBuilder("point,stage,first_seed,replicates");
        spec.parameters().forEach(p -> b.append(',').append(p.path()));
        b.append(",objective,pattern_shortfall,baseline_shortfall,size_distance,jnim_2025,issp_2025,iswap_2025_ratio,"
                + "baseline_jnim_share,baseline_issp_share,baseline_iswap_share");
        patterns.forEach(id -> b.append(',').append(id).append("_share"));
        b.append('\n');
        for (Calibration.Point p : points) {
            Objective o = p.result();
            b.append(p.index()).append(',').append(p.stage()).append(',').append(spec.seed()).append(',')
                    .append(spec.replicates());
            double[] values = p.values();
            for (int k = 0; k < values.length; k++) {
                b.append(',').append(spec.parameters().get(k).integer() ? Long.toString(Math.round(values[k]))
                        : num(values[k]));
            }
            for (double v : new double[] {o.value(), o.patterns(), o.baseline(), o.sizes(), o.jnim2025(), o.issp2025(),
                    o.iswapRatio(), o.stability().jnim(), o.stability().issp(), o.stability().iswap()}) {
                b.append(',').append(cell(v));
            }
            for (String id : patterns) {
                b.append(',').append(o.scores().stream().filter(s -> s.id().equals(id)).findFirst()
                        .map(s -> cell(s.share())).orElse(""));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static List<String> patternIds(List<Calibration.Point> points) {
        List<String> out = new ArrayList<>();
        if (!points.isEmpty()) {
            for (Score s : points.get(0).result().scores()) {
                if (s.isPatternRow()) {
                    out.add(s.id());
                }
            }
        }
        return out;
    }

    /** The best point's values as a nested YAML fragment that a scenario can hold or extend. */
    static String bestYaml(CalibrationSpec spec, Calibration.Point best) {
        Map<String, Object> tree = new TreeMap<>();
        double[] v = best.values();
        for (int k = 0; k < v.length; k++) {
            CalibrationSpec.Parameter p = spec.parameters().get(k);
            put(tree, p.path().split("\\."), 0, p.integer() ? Long.toString(Math.round(v[k])) : num(v[k]));
        }
        StringBuilder b = new StringBuilder("# Best point of `sahelsim calibrate` (point ").append(best.index())
                .append(", objective ").append(num(best.result().value())).append("; seeds ").append(spec.seed())
                .append('-').append(spec.seed() + spec.replicates() - 1).append(").\n");
        render(b, tree, 0);
        return b.toString();
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, String[] path, int k, String value) {
        if (k == path.length - 1) {
            tree.put(path[k], value);
        } else {
            put((Map<String, Object>) tree.computeIfAbsent(path[k], x -> new TreeMap<String, Object>()), path, k + 1, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static void render(StringBuilder b, Map<String, Object> tree, int depth) {
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            b.append("  ".repeat(depth)).append(e.getKey()).append(':');
            if (e.getValue() instanceof Map<?, ?> sub) {
                b.append('\n');
                render(b, (Map<String, Object>) sub, depth + 1);
            } else {
                b.append(' ').append(e.getValue()).append('\n');
            }
        }
    }

    /** A number, or empty when it was not measured (NaN). */
    private static String cell(double v) {
        return Double.isNaN(v) ? "" : num(v);
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}

package org.sahelsim.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.rules.RuleSet;
import org.sahelsim.scenario.StrictYamlLoader;
import org.sahelsim.validate.StandardPatterns;
import org.sahelsim.validate.ValidationInputs;

/**
 * The calibration machinery on a budget: three screened points and two refinement evaluations of
 * one replicate over 26 weeks. The desertion rate is searched up to far above its default, so
 * that the baseline forces leave their bands within the short horizon at some points and not at
 * others, and the objective differs between points.
 */
class CalibrationTest {
    static final int WEEKS = 26;
    static final String SPEC = """
            # A tiny search for the tests.
            historical: %s
            baseline: %s
            points: 3
            replicates: 1
            seed: 5001
            designSeed: 7
            refine: 2
            parameters:
              - {path: recruitment.desertion.base, min: 0.0001, max: 0.05, why: "test: moves the baseline sizes fast"}
              - {path: recruitment.rate, min: 0.2, max: 1, why: "test"}
              - {path: movement.replanWeeks, min: 2, max: 8, integer: true, why: "test: a whole-number parameter"}
            """;

    @TempDir
    static Path tmp;
    static CalibrationSpec spec;
    static List<Calibration.Point> points;
    static List<Calibration.Point> told = new ArrayList<>();
    static Path out;

    static Path specFile(Path dir) throws IOException {
        Path f = dir.resolve("tiny.yaml");
        Files.writeString(f, String.format(SPEC, Path.of("scenarios/historical-2020.yaml").toAbsolutePath(),
                Path.of("scenarios/baseline-2026.yaml").toAbsolutePath()));
        return f;
    }

    static List<Calibration.Point> calibrate(Path file, List<Calibration.Point> progress) {
        CalibrationSpec s = StrictYamlLoader.load(file, CalibrationSpec.class).value();
        Calibration c = new Calibration(s, file, WEEKS, RuleSet::standard, ValidationInputs.current(),
                StandardPatterns.all(), 2);
        c.checkBounds();
        return c.run(progress::add);
    }

    @BeforeAll
    static void run() throws IOException {
        Path file = specFile(tmp);
        spec = StrictYamlLoader.load(file, CalibrationSpec.class).value();
        points = calibrate(file, told);
        out = Files.createDirectories(tmp.resolve("out"));
        CalibrationFiles.write(out, spec, points);
    }

    @Test
    void evaluatesTheBudgetAndTellsEachPoint() {
        assertEquals(5, points.size());
        assertEquals(List.of("screen", "screen", "screen", "refine", "refine"),
                points.stream().map(Calibration.Point::stage).toList());
        for (int i = 0; i < points.size(); i++) {
            assertEquals(i, points.get(i).index());
        }
        assertEquals(points, told, "every point is told as it finishes, in order");
    }

    @Test
    void everyEvaluatedPointLiesInsideTheSearchBounds() {
        for (Calibration.Point p : points) {
            double[] v = p.values();
            assertEquals(spec.parameters().size(), v.length);
            for (int k = 0; k < v.length; k++) {
                CalibrationSpec.Parameter q = spec.parameters().get(k);
                assertTrue(v[k] >= q.min() && v[k] <= q.max(),
                        "point " + p.index() + ": " + q.path() + " = " + v[k] + " outside " + q.min() + ".." + q.max());
            }
            assertEquals(Math.rint(v[2]), v[2], "replanWeeks is a whole number: " + v[2]);
        }
    }

    @Test
    void theObjectiveIsFiniteAndTheBestIsTheMinimum() {
        double[] j = points.stream().mapToDouble(p -> p.result().value()).toArray();
        assertTrue(Arrays.stream(j).allMatch(Double::isFinite), Arrays.toString(j));
        assertTrue(Arrays.stream(j).distinct().count() > 1,
                "the points must differ, or the minimum says nothing: " + Arrays.toString(j));
        Calibration.Point best = CalibrationFiles.best(points);
        assertEquals(Arrays.stream(j).min().orElseThrow(), best.result().value());
        for (Calibration.Point p : points) {
            assertTrue(p.result().value() > best.result().value() || p.index() >= best.index(),
                    "the first of equal minima is the best");
        }
    }

    @Test
    void theCsvHasItsHeaderAndOneRowPerEvaluation() throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("calibration.csv"));
        String[] header = lines.get(0).split(",", -1);
        List<String> expected = new ArrayList<>(List.of("point", "stage", "first_seed", "replicates",
                "recruitment.desertion.base", "recruitment.rate", "movement.replanWeeks", "objective",
                "pattern_shortfall", "baseline_shortfall", "size_distance", "jnim_2025", "issp_2025", "iswap_2025_ratio",
                "baseline_jnim_share", "baseline_issp_share", "baseline_iswap_share"));
        for (int p = 1; p <= 9; p++) {
            expected.add("P" + p + "_share");
        }
        assertEquals(expected, List.of(header));
        assertEquals(1 + points.size(), lines.size(), "a header and one row per evaluation");
        for (int i = 0; i < points.size(); i++) {
            String[] row = lines.get(i + 1).split(",", -1);
            Calibration.Point p = points.get(i);
            assertEquals(header.length, row.length, lines.get(i + 1));
            assertEquals(Integer.toString(i), row[0]);
            assertEquals(p.stage(), row[1]);
            assertEquals("5001", row[2]);
            assertEquals("1", row[3]);
            for (int k = 0; k < 3; k++) {
                assertEquals(p.values()[k], Double.parseDouble(row[4 + k]), 1e-12, "value " + k + " of point " + i);
            }
            assertEquals(p.result().value(), Double.parseDouble(row[7]), 1e-5 * Math.max(1, p.result().value()));
            assertEquals("", row[11], "a run of 26 weeks from 2020 has no 2025 size");
        }
    }

    @Test
    void bestYamlHoldsTheBestPointAsAScenarioFragment() throws IOException {
        Calibration.Point best = CalibrationFiles.best(points);
        String yaml = Files.readString(out.resolve("best.yaml"));
        assertTrue(yaml.startsWith("# Best point of `sahelsim calibrate` (point " + best.index() + ","), yaml);
        assertTrue(yaml.contains("\n  replanWeeks: " + Math.round(best.values()[2]) + "\n"), yaml);
        assertTrue(yaml.contains("\n  rate: " + CalibrationFiles.num(best.values()[1]) + "\n"), yaml);
        assertTrue(yaml.contains("\n    base: " + CalibrationFiles.num(best.values()[0]) + "\n"), yaml);
    }

    @Test
    void theSameSeedsGiveTheSameCalibration() throws IOException {
        Path again = Files.createDirectories(tmp.resolve("again"));
        CalibrationFiles.write(again, spec, calibrate(specFile(again), new ArrayList<>()));
        for (String f : List.of("calibration.csv", "best.yaml")) {
            assertEquals(Files.readString(out.resolve(f)), Files.readString(again.resolve(f)), f);
        }
        assertFalse(Files.readString(again.resolve("calibration.csv")).contains("NaN"));
    }
}

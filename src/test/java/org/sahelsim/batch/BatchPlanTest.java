package org.sahelsim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sahelsim.geo.WorldResources;
import org.sahelsim.model.config.SetForce;
import org.sahelsim.output.BatchManifest;
import org.sahelsim.scenario.ScenarioException;

/** Planning a batch: arms become validated scenarios, errors point into the experiment file. */
class BatchPlanTest {
    private static final Path BAD = Path.of("src/test/resources/bad-experiments");
    private static final Path TINY = Path.of("src/test/resources/experiments/tiny.yaml");

    static BatchPlan plan(Path file, BatchPlan.Options options) {
        return BatchPlan.load(file, options, WorldResources::load);
    }

    @Test
    void armsGetTheirOverridesOnTopOfTheCommonOnes() {
        BatchPlan p = plan(TINY, BatchPlan.Options.NONE);
        assertEquals(List.of("status-quo", "africa-corps-withdrawal"), p.manifest().armNames());
        for (BatchPlan.Arm arm : p.arms()) {
            assertEquals(0.5, arm.config().resolution(), arm.name());
        }
        assertTrue(p.arms().get(0).config().timeline().isEmpty());
        assertTrue(p.arms().get(1).config().timeline().get(0) instanceof SetForce f && !f.enabled());
        assertEquals(List.of(100L, 101L, 102L), p.manifest().seeds());
        assertEquals("{resolution=0.5}", p.manifest().commonOverrides().toString());
    }

    @Test
    void commandLineOptionsChangeReplicatesAndHorizonForEveryArm() {
        BatchPlan p = plan(TINY, new BatchPlan.Options(5, 7, null));
        assertEquals(5, p.manifest().replicates());
        assertEquals(List.of(100L, 101L, 102L, 103L, 104L), p.manifest().seeds());
        assertEquals(7, p.manifest().weeks());
        p.arms().forEach(a -> assertEquals(7, a.config().totalWeeks()));
        assertEquals(10, p.manifest().runs().size());
        assertThrows(IllegalArgumentException.class, () -> plan(TINY, new BatchPlan.Options(0, null, null)));
        assertThrows(IllegalArgumentException.class, () -> plan(TINY, new BatchPlan.Options(null, 0, null)));
    }

    @Test
    void runsShareTheSeedListAcrossArms() {
        BatchManifest m = plan(TINY, BatchPlan.Options.NONE).manifest();
        List<BatchManifest.Run> runs = m.runs();
        assertEquals(6, runs.size());
        for (BatchManifest.Run r : runs) {
            assertEquals(m.seeds().get(r.replicate()), r.seed());
            assertEquals(m.arms().get(r.arm()).name() + "-r00" + r.replicate(), r.runId());
            assertEquals("runs/" + m.arms().get(r.arm()).name() + "/r00" + r.replicate(), r.folder());
        }
    }

    @Test
    void badOverridesAreReportedAtTheirLineInTheExperiment() {
        assertEquals(BAD.resolve("bad-override-path.yaml") + ":7:7: unknown override path 'movement.speed': no key"
                        + " 'speed' in movement; valid keys: baseShare, candidates, desertCost, leashCells, planRadiusCells,"
                        + " replanWeeks, riverCost, speedCells, temperature, wBase, wBorder, wEnemy, wFrontier, wHome, wPopulation",
                message("bad-override-path.yaml"));
        assertEquals(BAD.resolve("bad-override-value.yaml") + ":7:25: combat.lethality = 7 is out of range; allowed 0..1",
                message("bad-override-value.yaml"));
        assertTrue(message("unknown-region.yaml").startsWith(BAD.resolve("unknown-region.yaml") + ":9:"),
                message("unknown-region.yaml"));
        assertTrue(message("unknown-region.yaml").contains("= 'NG-XX' is unknown"), message("unknown-region.yaml"));
    }

    @Test
    void armsThatCannotBeComparedAreRefused() {
        assertTrue(message("changes-resolution.yaml").contains("arm 'coarse' has resolution 0.25 but the first arm has"
                + " 0.5; arms must share start, weeks and resolution"), message("changes-resolution.yaml"));
        assertTrue(message("unknown-precision-metric.yaml").contains(":5:14: precision.absolute: unknown metric"
                + " 'population_jihadist'"), message("unknown-precision-metric.yaml"));
        assertTrue(message("short-seed-list.yaml").contains("seeds: 4 replicates need 4 seeds but seeds.list has 3"),
                message("short-seed-list.yaml"));
    }

    @Test
    void aFactorialDesignEnumeratesEveryCombinationLastFactorFastest() {
        BatchPlan p = plan(Path.of("src/test/resources/experiments/design-factorial.yaml"), BatchPlan.Options.NONE);
        assertEquals(List.of("p01", "p02", "p03", "p04", "p05", "p06"), p.manifest().armNames());
        double[][] expected = {{0.02, 2}, {0.02, 3}, {0.02, 4}, {0.04, 2}, {0.04, 3}, {0.04, 4}};
        for (int k = 0; k < 6; k++) {
            assertEquals(expected[k][0], p.arms().get(k).config().combat().lethality());
            assertEquals((int) expected[k][1], p.arms().get(k).config().movement().speedCells());
        }
        assertEquals("p01", p.manifest().reference());
        assertEquals("factorial", p.manifest().design().type());
        assertEquals("combat.lethality = 0.02, movement.speedCells = 2", p.manifest().arms().get(0).description());
    }

    @Test
    void aLatinHypercubeHitsEveryStratumOfEveryParameterOnce() {
        BatchPlan p = plan(Path.of("src/test/resources/experiments/design-lhs.yaml"), BatchPlan.Options.NONE);
        assertEquals(5, p.arms().size());
        assertEquals("p03", p.manifest().reference());
        Set<Integer> strata = new HashSet<>();
        for (BatchPlan.Arm a : p.arms()) {
            double lethality = a.config().combat().lethality();
            assertTrue(lethality >= 0.01 && lethality <= 0.05, "lethality " + lethality);
            strata.add((int) Math.floor((lethality - 0.01) / 0.04 * 5));
            int speed = a.config().movement().speedCells();
            assertTrue(speed >= 1 && speed <= 6, "speed " + speed);
        }
        assertEquals(Set.of(0, 1, 2, 3, 4), strata, "one point per fifth of the lethality range");
        BatchPlan again = plan(Path.of("src/test/resources/experiments/design-lhs.yaml"), BatchPlan.Options.NONE);
        assertEquals(p.manifest().toJson(), again.manifest().toJson(), "the design seed fixes the design");
    }

    @Test
    void theManifestDependsOnTheInputsOnly() {
        String a = plan(TINY, BatchPlan.Options.NONE).manifest().toJson();
        String b = plan(TINY.toAbsolutePath(), BatchPlan.Options.NONE).manifest().toJson();
        assertEquals(a, b, "same plan from a relative and an absolute path");
        assertNotEquals(a, plan(TINY, new BatchPlan.Options(4, null, null)).manifest().toJson());
    }

    private static String message(String file) {
        return assertThrows(ScenarioException.class, () -> plan(BAD.resolve(file), BatchPlan.Options.NONE)).getMessage();
    }
}

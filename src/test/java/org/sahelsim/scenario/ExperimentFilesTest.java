package org.sahelsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Experiment files are strict like scenarios: every bundled one loads, bad ones fail with one line
 * naming file, line, key and what is allowed, and scenarios/schema.json agrees with the loader.
 */
class ExperimentFilesTest {
    private static final Path BAD = Path.of("src/test/resources/bad-experiments");

    @Test
    void theShippedPolicyComparisonHasTheEightArmsOfTheIssue() {
        ExperimentConfig e = Experiments.load(Path.of("scenarios/experiments/policy-comparison.yaml")).value();
        assertEquals(List.of("status-quo", "drone-surge", "western-isr-restored", "jnim-negotiated-deal",
                "corridor-interdiction", "africa-corps-withdrawal", "issp-jnim-truce-collapse",
                "benin-self-defence-militias"), e.arms().stream().map(ExperimentArm::name).toList());
        assertEquals("status-quo", e.reference());
        assertEquals("../baseline-2026.yaml", e.scenario());
        for (ExperimentArm arm : e.arms()) {
            assertFalse(arm.description() == null || arm.description().isBlank(), arm.name() + " has no description");
        }
    }

    @Test
    void defaultsFillWhatAFileLeavesOut() {
        ExperimentConfig e = StrictYamlLoader.parse("name: x\nscenario: s.yaml\narms: [{name: a}]\n", "x.yaml",
                ExperimentConfig.class);
        assertEquals(10, e.replicates());
        assertEquals(1, e.seeds().first());
        assertTrue(e.seeds().list().isEmpty());
        assertEquals(0.05, e.precision().relative());
        assertNull(e.overrides());
        assertNull(e.reference());
        assertNull(e.arms().get(0).overrides());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "unknown-key.yaml|3:1: unknown key 'replicate' at top level; valid keys: arms, description, design, extends,"
                + " name, overrides, precision, reference, replicates, scenario, seeds",
        "arms-and-design.yaml|1:1: give either 'arms' (a list of named arms) or 'design', not both",
        "duplicate-arm.yaml|1:1: arms: the name 'status-quo' is used twice",
        "bad-arm-name.yaml|4:5: arms[0]: arm name 'Status Quo': use lower-case letters, digits and '-', starting with"
                + " a letter or digit",
        "unknown-reference.yaml|1:1: reference = 'nothing' is not an arm; arms: status-quo",
        "overrides-not-mapping.yaml|4:5: arms[0]: overrides of arm 'status-quo' must be a mapping of dotted paths to"
                + " values, got a list",
        "replicates-out-of-range.yaml|3:13: replicates = 0 is out of range; allowed 1..10000",
        "unknown-design-type.yaml|4:9: unknown type 'sobol' in design; allowed types: factorial, latin-hypercube"})
    void badExperimentsGiveOneLineNamingFileAndLine(String file, String message) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Experiments.load(BAD.resolve(file)));
        assertEquals(BAD.resolve(file) + ":" + message, e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void experimentsCannotExtend() throws Exception {
        Path tmp = Files.createTempDirectory("exp");
        Files.writeString(tmp.resolve("a.yaml"), "name: a\nscenario: s.yaml\narms: [{name: x}]\n");
        Files.writeString(tmp.resolve("b.yaml"), "extends: a.yaml\nname: b\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> Experiments.load(tmp.resolve("b.yaml")));
        assertTrue(e.getMessage().contains("experiment files cannot use 'extends'"), e.getMessage());
    }

    @Test
    void aMissingBaseScenarioIsNamedWithItsLine() {
        Path file = BAD.resolve("missing-scenario-file.yaml");
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> Experiments.scenarioFile(file, Experiments.load(file).value()));
        assertEquals(file + ":2:11: scenario = 'no-such-scenario.yaml': file not found: "
                + BAD.resolve("no-such-scenario.yaml"), e.getMessage());
    }

    @Test
    void schemaAndLoaderAgreeOnEveryExperimentFile() throws Exception {
        ObjectNode schema = (ObjectNode) new ObjectMapper().readTree(Path.of("scenarios/schema.json").toFile());
        List<Path> files = new ArrayList<>(yaml(Path.of("scenarios/experiments")));
        files.addAll(yaml(Path.of("src/test/resources/experiments")));
        List<Path> bad = yaml(BAD);
        files.addAll(bad);
        List<SchemaAgreement.Verdict> verdicts = SchemaAgreement.assertAgree(ExperimentConfig.class, schema, files);
        long rejected = verdicts.stream().filter(v -> !v.loaderAccepts()).count();
        assertEquals(8, rejected, "bad experiment files the loader rejects");
        for (SchemaAgreement.Verdict v : verdicts) {
            if (!bad.contains(v.file())) {
                assertTrue(v.loaderAccepts() && v.schemaAccepts(), v.file() + " should load: " + v.loaderError());
            }
        }
    }

    @Test
    void theSchemaTellsExperimentsFromScenarios() throws Exception {
        ObjectNode schema = (ObjectNode) new ObjectMapper().readTree(Path.of("scenarios/schema.json").toFile());
        SchemaAgreement experiments = new SchemaAgreement(ExperimentConfig.class, schema);
        SchemaAgreement.Verdict v = experiments.check(Path.of("scenarios/experiments/policy-comparison.yaml"));
        assertTrue(v.schemaAccepts(), v.schemaErrors().toString());
        SchemaAgreement scenarios = new SchemaAgreement(org.sahelsim.model.config.ScenarioConfig.class, schema);
        assertTrue(scenarios.check(Path.of("scenarios/baseline-2026.yaml")).schemaAccepts());
    }

    private static List<Path> yaml(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}

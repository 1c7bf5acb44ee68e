package org.sahelsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.config.ScenarioConfig;

/**
 * scenarios/schema.json is what the code generates, and the schema and the loader accept and reject
 * the same files: every bundled scenario and every file in src/test/resources/bad-scenarios.
 */
class BundledSchemaTest {
    @Test
    void committedSchemaIsUpToDate() throws Exception {
        assertEquals(SchemaFile.generate(), Files.readString(Path.of("scenarios/schema.json"), StandardCharsets.UTF_8),
                "scenarios/schema.json is stale: run './sahelsim schema'");
    }

    @Test
    void schemaAndLoaderAgree() throws Exception {
        ObjectNode schema = (ObjectNode) new ObjectMapper().readTree(Path.of("scenarios/schema.json").toFile());
        List<Path> files = new ArrayList<>(yaml(Path.of("scenarios")));
        List<Path> bad = yaml(Path.of("src/test/resources/bad-scenarios"));
        files.addAll(bad);
        List<SchemaAgreement.Verdict> verdicts = SchemaAgreement.assertAgree(ScenarioConfig.class, schema, files);
        long accepted = verdicts.stream().filter(SchemaAgreement.Verdict::loaderAccepts).count();
        assertTrue(accepted >= 2, "bundled scenarios accepted: " + accepted);
        for (SchemaAgreement.Verdict v : verdicts) {
            // Unknown regions, sites and wings are reference errors, found against the map after loading;
            // a base area for a faction that cannot have one is found against the faction's kind.
            String name = v.file().getFileName().toString();
            if (bad.contains(v.file()) && !name.startsWith("unknown-region") && !name.startsWith("unknown-wing")
                    && !name.equals("state-base.yaml")) {
                assertTrue(!v.loaderAccepts(), "bad file accepted: " + v.file());
            }
        }
    }

    private static List<Path> yaml(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}

package org.sahelsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.scenario.ScenarioException.Kind;

class SchemaAgreementTest {

    private static final ObjectNode SCHEMA = SchemaGenerator.generate(Fixture.Scenario.class);

    private static List<Path> allFixtures() {
        List<Path> files = new ArrayList<>(Fixtures.yamlFiles("good"));
        files.addAll(Fixtures.yamlFiles("bad"));
        files.addAll(Fixtures.yamlFiles("extends"));
        return files;
    }

    @Test
    void loaderAndSchemaAgreeOnEveryFixture() {
        List<SchemaAgreement.Verdict> verdicts = SchemaAgreement.assertAgree(Fixture.Scenario.class, SCHEMA,
                allFixtures());
        for (SchemaAgreement.Verdict v : verdicts) {
            boolean good = v.file().startsWith(Fixtures.path("good"));
            boolean bad = v.file().startsWith(Fixtures.path("bad"));
            if (good) {
                assertTrue(v.loaderAccepts() && v.schemaAccepts(), v.toString());
            }
            if (bad) {
                assertTrue(!v.loaderAccepts(), v.toString());
            }
        }
    }

    @Test
    void theSchemaRejectsEveryBadFileItCanSee() {
        long seen = 0;
        for (Path file : Fixtures.yamlFiles("bad")) {
            SchemaAgreement.Verdict v = new SchemaAgreement(Fixture.Scenario.class, SCHEMA).check(file);
            if (v.readable() && !SchemaAgreement.BEYOND_SCHEMA.contains(v.loaderError().kind())) {
                assertTrue(!v.schemaAccepts(), v.toString());
                seen++;
            }
        }
        assertTrue(seen >= 25, "most bad fixtures reach the schema: " + seen);
    }

    @Test
    void childFilesAreValidatedAloneAsPartialScenarios() {
        SchemaAgreement agreement = new SchemaAgreement(Fixture.Scenario.class, SCHEMA);
        SchemaAgreement.Verdict partial = agreement.check(Fixtures.path("extends/child-partial-maps.yaml"));
        assertTrue(partial.loaderAccepts() && partial.aloneErrors().isEmpty(), partial.toString());
        SchemaAgreement.Verdict event = agreement.check(Fixtures.path("extends/child-incomplete-event.yaml"));
        assertTrue(!event.aloneErrors().isEmpty(), "list items stay complete in a partial file: " + event);
        SchemaAgreement.Verdict entry = agreement.check(Fixtures.path("extends/child-incomplete-entry.yaml"));
        assertTrue(entry.aloneErrors().isEmpty() && !entry.loaderAccepts(), "only the merge shows it: " + entry);
    }

    @Test
    void partialSealedValuesAgree(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("base.yaml"), """
                first: {type: add-units, date: 2026-07-01, faction: JNIM, count: 3}
                named:
                  raid: {type: ceasefire, date: 2026-08-01, first: MALI, second: ISSP}
                """);
        Files.writeString(dir.resolve("child.yaml"), """
                extends: base.yaml
                first: {count: 30}
                named:
                  raid: {weeks: 2}
                """);
        Files.writeString(dir.resolve("wrong-variant.yaml"), """
                extends: base.yaml
                first: {weeks: 2}
                """);
        ObjectNode schema = SchemaGenerator.generate(SchemaGeneratorTest.Plan.class);
        List<SchemaAgreement.Verdict> verdicts = SchemaAgreement.assertAgree(SchemaGeneratorTest.Plan.class, schema,
                List.of(dir.resolve("base.yaml"), dir.resolve("child.yaml"), dir.resolve("wrong-variant.yaml")));
        assertTrue(verdicts.get(1).loaderAccepts(), verdicts.get(1).toString());
        assertTrue(!verdicts.get(2).loaderAccepts() && verdicts.get(2).aloneErrors().isEmpty(),
                "weeks is a key of some variant, so only the merge shows it is wrong here: " + verdicts.get(2));
    }

    @Test
    void crossFieldChecksAreBeyondTheSchema() {
        SchemaAgreement.Verdict v = new SchemaAgreement(Fixture.Scenario.class, SCHEMA)
                .check(Fixtures.path("bad/record-check.yaml"));
        assertEquals(Kind.RECORD_CHECK, v.loaderError().kind());
        assertTrue(v.schemaAccepts());
        assertEquals(null, v.disagreement());
    }

    @Test
    void theHarnessCatchesASchemaThatDrifted() {
        ObjectNode drifted = SCHEMA.deepCopy();
        ((ObjectNode) drifted.at("/definitions/Drones/properties/sortiesPerWeek")).remove("maximum");
        AssertionError e = assertThrows(AssertionError.class, () -> SchemaAgreement.assertAgree(
                Fixture.Scenario.class, drifted, List.of(Fixtures.path("bad/out-of-range.yaml"))));
        assertTrue(e.getMessage().contains("schema accepts, loader rejects"), e.getMessage());
        ObjectNode stricter = SCHEMA.deepCopy();
        ((ObjectNode) stricter.at("/definitions/Drones/properties/sortiesPerWeek")).put("maximum", 3);
        e = assertThrows(AssertionError.class, () -> SchemaAgreement.assertAgree(
                Fixture.Scenario.class, stricter, List.of(Fixtures.path("extends/child.yaml"))));
        assertTrue(e.getMessage().contains("loader accepts, schema rejects"), e.getMessage());
    }
}

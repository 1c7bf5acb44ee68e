package org.sahelsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Param;

class SchemaGeneratorTest {

    /** The committed schema of the fixture records; regenerate with -Dsahelsim.regenerate=true. */
    private static final Path GOLDEN = Fixtures.path("fixture-schema.json");

    private static final ObjectNode SCHEMA = SchemaGenerator.generate(Fixture.Scenario.class);

    private static JsonNode full(String record) {
        return SCHEMA.at("/definitions/" + record);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }

    @Test
    void outputIsDeterministicAndMatchesTheCommittedFile() throws IOException {
        String generated = SchemaGenerator.generateString(Fixture.Scenario.class);
        assertEquals(generated, SchemaGenerator.generateString(Fixture.Scenario.class));
        if (Boolean.getBoolean("sahelsim.regenerate")) {
            Files.writeString(GOLDEN, generated, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), generated,
                "schema changed: rerun with -Dsahelsim.regenerate=true and review the diff");
        assertFalse(generated.contains("\r"));
    }

    @Test
    void isDraft07WithCompleteAndPartialBranches() {
        assertEquals(SchemaGenerator.DRAFT_07, SCHEMA.get("$schema").asText());
        assertEquals(List.of("extends"), texts(SCHEMA.at("/if/required")));
        JsonNode complete = SCHEMA.get("else");
        assertEquals(List.of("name", "start", "combat"), texts(complete.get("required")));
        assertFalse(complete.get("additionalProperties").asBoolean(true));
        assertEquals("string", complete.at("/properties/extends/type").asText());
        assertTrue(SCHEMA.get("then").get("required") == null, "a file with extends may be partial");
        assertEquals("#/definitions/Combat-partial", SCHEMA.at("/then/properties/combat/$ref").asText());
        assertEquals("#/definitions/Drones", SCHEMA.at("/then/properties/drones/$ref").asText(),
                "no required key inside, so one definition serves both");
    }

    @Test
    void paramsGiveRangesDefaultsAndDescriptions() {
        JsonNode rate = full("Drones").at("/properties/sortiesPerWeek");
        assertEquals("integer", rate.get("type").asText());
        assertEquals(0, rate.get("minimum").asInt());
        assertEquals(100, rate.get("maximum").asInt());
        assertEquals(2, rate.get("default").asInt());
        assertEquals("Sorties flown per week. Unit: sorties/week.", rate.get("description").asText());
        JsonNode seed = SCHEMA.at("/else/properties/seed");
        assertEquals("Random seed. Unit: 1. Source: assumption: any fixed seed.", seed.get("description").asText());
        assertEquals(Long.MAX_VALUE, seed.get("maximum").asLong(), "the Java type bounds an open range");
        assertEquals(1, SCHEMA.at("/else/properties/shares/items/maximum").asInt(), "ranges reach list items");
        assertEquals(List.of("combat", "drones", "events", "extends", "factions", "labels", "name", "note",
                "reserve", "seed", "shares", "start", "weeks"), sorted(SCHEMA.at("/else/properties")));
    }

    @Test
    void enumsListBothAcceptedSpellings() {
        assertEquals(List.of("SMALL_ARMS", "small-arms", "ARTILLERY", "artillery", "DRONE_STRIKE", "drone-strike"),
                texts(full("Weapon").get("enum")));
        JsonNode weapon = full("Combat").at("/properties/weapon");
        assertEquals("#/definitions/Weapon", weapon.at("/allOf/0/$ref").asText(), "$ref wrapped to keep its doc");
        assertEquals("Dominant weapon.", weapon.get("description").asText());
        assertEquals("small-arms", weapon.get("default").asText());
        assertEquals("#/definitions/Faction", SCHEMA.at("/else/properties/factions/propertyNames/$ref").asText());
        List<String> factions = texts(full("Faction").get("enum"));
        assertTrue(factions.containsAll(List.of("ISSP", "issp", "BURKINA_FASO", "burkina-faso")));
    }

    @Test
    void datesAreIsoStrings() {
        JsonNode start = SCHEMA.at("/else/properties/start");
        assertEquals("string", start.get("type").asText());
        assertEquals("date", start.get("format").asText());
        assertEquals(ScalarMapper.DATE_PATTERN, start.get("pattern").asText());
    }

    @Test
    void sealedInterfacesAreOneOfWithTypeConstants() {
        assertEquals("#/definitions/Event", SCHEMA.at("/else/properties/events/items/$ref").asText());
        JsonNode choices = full("Event").get("oneOf");
        assertEquals(2, choices.size());
        assertEquals("add-units", choices.at("/0/properties/type/const").asText());
        assertEquals("ceasefire", choices.at("/1/properties/type/const").asText());
        assertEquals(List.of("type", "date", "faction", "count"), texts(choices.at("/0/required")));
        assertEquals(List.of("type", "date", "first", "second"), texts(choices.at("/1/required")));
    }

    @Test
    void nullableKeysAlsoAcceptNull() {
        JsonNode reserve = SCHEMA.at("/else/properties/reserve/anyOf");
        assertEquals("#/definitions/Drones", reserve.at("/0/$ref").asText());
        assertEquals("null", reserve.at("/1/type").asText());
    }

    record BadDefault(@Param(def = "rockets") Fixture.Weapon weapon) {
    }

    @Test
    void aDefaultTheLoaderWouldRejectFailsGeneration() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SchemaGenerator.generate(BadDefault.class));
        assertTrue(e.getMessage().startsWith("bad default: @Param(def) of BadDefault.weapon: unknown value 'rockets'"),
                e.getMessage());
    }

    /** A sealed type outside a list: an extends child may give part of it, without its type. */
    record Plan(Fixture.Event first, Map<String, Fixture.Event> named) {
    }

    @Test
    void sealedTypesOutsideListsHaveAPartialForm() {
        ObjectNode plan = SchemaGenerator.generate(Plan.class);
        assertEquals("#/definitions/Event-partial", plan.at("/then/properties/first/$ref").asText());
        assertEquals("#/definitions/Event-partial", plan.at("/then/properties/named/additionalProperties/$ref")
                .asText());
        JsonNode partial = plan.at("/definitions/Event-partial/anyOf");
        assertEquals(2, partial.size());
        assertTrue(partial.get(0).get("required") == null);
        assertEquals("add-units", partial.at("/0/properties/type/const").asText());
    }

    private static List<String> sorted(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        out.sort(null);
        return out;
    }
}

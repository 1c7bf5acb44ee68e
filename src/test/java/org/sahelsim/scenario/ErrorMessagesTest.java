package org.sahelsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sahelsim.scenario.ScenarioException.Kind;

/** One test per kind of error: the whole one-line message, its position, key path and kind. */
class ErrorMessagesTest {

    private static final String BAD = "src/test/resources/scenario-fixtures/bad/";

    private static ScenarioException expect(String file, Kind kind, String message) {
        ScenarioException e = Fixtures.error("bad/" + file);
        assertEquals(BAD + file + message, e.getMessage());
        assertEquals(kind, e.kind());
        assertEquals(BAD + file, e.file());
        return e;
    }

    @Test
    void unknownKeyListsTheValidKeys() {
        ScenarioException e = expect("unknown-key.yaml", Kind.UNKNOWN_KEY,
                ":6:3: unknown key 'sortes' in drones; valid keys: aircraft, rangeKm, sortiesPerWeek");
        assertEquals(6, e.line());
        assertEquals(3, e.column());
        assertEquals("drones.sortes", e.keyPath());
    }

    @Test
    void unknownTopLevelKeyMentionsExtends() {
        expect("unknown-top-key.yaml", Kind.UNKNOWN_KEY, ":5:1: unknown key 'extend' at top level; valid keys:"
                + " combat, drones, events, extends, factions, labels, name, note, reserve, seed, shares, start, weeks");
    }

    @Test
    void outOfRangeNamesKeyValueAndRange() {
        ScenarioException e = expect("out-of-range.yaml", Kind.RANGE,
                ":6:19: drones.sortiesPerWeek = 250 is out of range; allowed 0..100");
        assertEquals("drones.sortiesPerWeek", e.keyPath());
    }

    @Test
    void rangesApplyToListAndMapElementsAndToTheJavaType() {
        expect("list-range.yaml", Kind.RANGE, ":5:15: shares[1] = 1.5 is out of range; allowed 0..1");
        expect("map-value-range.yaml", Kind.RANGE,
                ":5:17: labels.north = -1 is out of range; allowed 0..2147483647");
        expect("int-overflow.yaml", Kind.RANGE, ":3:8: weeks = 3000000000 is out of range; allowed 1..520");
        expect("long-overflow.yaml", Kind.RANGE, ":3:7: seed = 99999999999999999999 is out of range;"
                + " allowed -9223372036854775808..9223372036854775807");
    }

    @Test
    void malformedYamlGivesTheParserProblemWithoutATrace() {
        expect("malformed.yaml", Kind.SYNTAX, ":3:18: malformed YAML: mapping values are not allowed here");
    }

    @Test
    void wrongTypesSayWhatWasExpected() {
        expect("not-a-number.yaml", Kind.TYPE, ":4:14: combat.lethality: expected a number, got 'high'");
        expect("quoted-number.yaml", Kind.TYPE, ":3:8: weeks: expected an integer, got '12'");
        expect("fractional-int.yaml", Kind.TYPE, ":3:8: weeks: expected an integer, got 12.5");
        expect("not-a-string.yaml", Kind.TYPE, ":1:7: name: expected a string (quote it to use 123 as text), got 123");
        expect("yes-boolean.yaml", Kind.TYPE, ":5:12: combat.retreat: expected true or false, got 'yes'");
        expect("wrong-shape.yaml", Kind.TYPE, ":5:9: drones: expected a mapping, got a list");
        expect("null-for-default.yaml", Kind.TYPE, ":3:8: weeks: expected an integer, got null");
        expect("infinity.yaml", Kind.TYPE, ":4:14: combat.lethality: expected a number, got '.inf'");
        expect("top-level-list.yaml", Kind.TYPE, ":1:1: a scenario file must hold a mapping of keys, got a list");
    }

    @Test
    void badDatesAreTypeErrors() {
        expect("bad-date.yaml", Kind.TYPE, ":2:8: start: expected a date like 2026-06-01, got '2026-02-30'");
        expect("date-format.yaml", Kind.TYPE, ":2:8: start: expected a date like 2026-06-01, got '2026-6-1'");
    }

    @Test
    void unknownEnumMapKeyListsTheConstants() {
        ScenarioException e = expect("unknown-faction.yaml", Kind.UNKNOWN_VALUE,
                ":7:3: unknown value 'ISIS' for factions key; allowed: ISSP, JNIM, ISWAP, MALI, BURKINA_FASO,"
                        + " NIGER, NIGERIA, BENIN, AFRICA_CORPS, FRANCE, TUAREG_MILITIA, DOZO, VDP, NIGER_VIGILANCE,"
                        + " NIGERIA_VIGILANTES, BENIN_SELF_DEFENCE (or lower case with '-' for '_')");
        assertEquals("factions", e.keyPath());
    }

    @Test
    void nearMissEnumSpellingSuggestsTheAcceptedOne() {
        expect("wrong-spelling.yaml", Kind.UNKNOWN_VALUE, ":5:11: unknown value 'Small-Arms' for combat.weapon;"
                + " allowed: SMALL_ARMS, ARTILLERY, DRONE_STRIKE (or lower case with '-' for '_');"
                + " did you mean 'small-arms'?");
        expect("enum-number.yaml", Kind.UNKNOWN_VALUE, ":5:11: unknown value '5' for combat.weapon;"
                + " allowed: SMALL_ARMS, ARTILLERY, DRONE_STRIKE (or lower case with '-' for '_')");
    }

    @Test
    void missingRequiredKeyNamesRecordAndKey() {
        ScenarioException e = expect("missing-key.yaml", Kind.MISSING_KEY, ":4:3: missing key 'lethality' in combat");
        assertEquals("combat.lethality", e.keyPath());
        expect("missing-top-key.yaml", Kind.MISSING_KEY, ":1:1: missing key 'start' at top level");
        expect("empty.yaml", Kind.MISSING_KEY, ":1:1: missing key 'name' at top level");
    }

    @Test
    void unknownSealedTypeListsTheAllowedTypes() {
        expect("unknown-type.yaml", Kind.UNKNOWN_TYPE,
                ":6:11: unknown type 'add-unit' in events[0]; allowed types: add-units, ceasefire");
        expect("type-number.yaml", Kind.UNKNOWN_TYPE,
                ":6:11: unknown type 5 in events[0]; allowed types: add-units, ceasefire");
        expect("missing-type.yaml", Kind.MISSING_KEY,
                ":6:5: missing key 'type' in events[0]; allowed types: add-units, ceasefire");
        expect("variant-unknown-key.yaml", Kind.UNKNOWN_KEY,
                ":10:5: unknown key 'weeks' in events[0]; valid keys: count, date, faction, type");
    }

    @Test
    void duplicateKeysAreErrors() {
        expect("duplicate-key.yaml", Kind.DUPLICATE_KEY, ":5:1: duplicate key 'name' at top level; first at line 1");
        expect("enum-key-twice.yaml", Kind.DUPLICATE_KEY, ":7:3: duplicate key 'issp' in factions: same as 'ISSP'");
    }

    @Test
    void recordChecksGetThePositionOfTheRecord() {
        ScenarioException e = expect("record-check.yaml", Kind.RECORD_CHECK,
                ":6:5: events[0]: a ceasefire needs two factions, got MALI twice");
        assertTrue(e.getCause() instanceof IllegalArgumentException);
    }

    @Test
    void tagsAndMergeKeysAreRejected() {
        expect("java-tag.yaml", Kind.UNSUPPORTED,
                ":5:7: YAML tags are not allowed in scenario files, found '!!java.io.File'; write plain values");
        expect("merge-key.yaml", Kind.UNSUPPORTED,
                ":5:3: merge keys (<<) are not supported in combat; use 'extends' or write the keys out");
    }

    @Test
    void missingFileIsNamedAsGiven() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> StrictYamlLoader.load(Path.of("scenarios/nope.yaml"), Fixture.Scenario.class));
        assertEquals("scenarios/nope.yaml: file not found", e.getMessage());
        assertEquals(Kind.FILE, e.kind());
        assertEquals(0, e.line());
    }

    @Test
    void everyMessageIsOneLineWithoutAStackTrace() {
        for (Path file : Fixtures.yamlFiles("bad")) {
            ScenarioException e = assertThrows(ScenarioException.class,
                    () -> StrictYamlLoader.load(file, Fixture.Scenario.class), file.toString());
            String message = e.getMessage();
            assertFalse(message.contains("\n"), message);
            assertFalse(message.contains("Exception"), message);
            assertFalse(message.contains("\tat "), message);
            assertTrue(message.startsWith(file + ":"), message);
        }
    }
}

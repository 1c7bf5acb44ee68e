package org.sahelsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Faction;
import org.sahelsim.scenario.Fixture.AddUnits;
import org.sahelsim.scenario.Fixture.Ceasefire;
import org.sahelsim.scenario.Fixture.Scenario;
import org.sahelsim.scenario.Fixture.Weapon;

class StrictYamlLoaderTest {

    @Test
    void readsEveryKeyOfAFullFile() {
        Scenario s = Fixtures.load("good/full.yaml");
        assertEquals("Full fixture", s.name());
        assertEquals(LocalDate.of(2026, 6, 1), s.start());
        assertEquals(104, s.weeks());
        assertEquals(7L, s.seed());
        assertEquals("all keys present", s.note());
        assertEquals(6, s.drones().sortiesPerWeek());
        assertEquals(450.5, s.drones().rangeKm());
        assertEquals(List.of("TB2", "Akinci"), s.drones().aircraft());
        assertEquals(0.05, s.combat().lethality());
        assertEquals(Weapon.ARTILLERY, s.combat().weapon());
        assertEquals(false, s.combat().retreat());
        assertEquals(List.of(0.0, 0.25, 1.0), s.shares());
        assertEquals(List.of("north", "south"), List.copyOf(s.labels().keySet()));
        assertEquals(1, s.reserve().sortiesPerWeek());
    }

    @Test
    void omittedKeysTakeTheirParamDefaults() {
        Scenario s = Fixtures.load("good/minimal.yaml");
        assertEquals(52, s.weeks());
        assertEquals(42L, s.seed());
        assertEquals(Weapon.SMALL_ARMS, s.combat().weapon(), "enum default written as small-arms");
        assertEquals(true, s.combat().retreat());
        // A record whose keys all have defaults may be left out as a whole.
        assertEquals(2, s.drones().sortiesPerWeek());
        assertEquals(300.0, s.drones().rangeKm());
        // Lists and maps may always be left out.
        assertEquals(List.of(), s.drones().aircraft());
        assertEquals(List.of(), s.events());
        assertEquals(0, s.factions().size());
    }

    @Test
    void nullableKeysAreNullWhenOmittedOrWrittenAsNull() {
        Scenario minimal = Fixtures.load("good/minimal.yaml");
        assertNull(minimal.note());
        assertNull(minimal.reserve(), "a nullable record is null, not built from its defaults");
        Scenario spellings = Fixtures.load("good/spellings.yaml");
        assertNull(spellings.note(), "~");
        assertNull(spellings.reserve(), "null");
    }

    @Test
    void enumsAcceptTheDeclaredNameAndLowerKebabCase() {
        Scenario full = Fixtures.load("good/full.yaml");
        assertEquals(List.of(Faction.ISSP, Faction.BURKINA_FASO), List.copyOf(full.factions().keySet()));
        assertEquals(Faction.TUAREG_MILITIA, ((Ceasefire) full.events().get(1)).second());
        Scenario spellings = Fixtures.load("good/spellings.yaml");
        assertEquals(Weapon.DRONE_STRIKE, spellings.combat().weapon());
        assertEquals(List.of(Faction.JNIM, Faction.AFRICA_CORPS), List.copyOf(spellings.factions().keySet()));
    }

    @Test
    void enumKeyedMapsIterateInEnumOrderAndOthersInFileOrder() {
        Scenario s = StrictYamlLoader.parse("""
                name: Order
                start: 2026-06-01
                combat: {lethality: 0.5}
                factions: {niger: {treasury: 1}, ISSP: {treasury: 2}}
                labels: {zulu: 1, alpha: 2}
                """, "inline", Scenario.class);
        assertEquals(List.of(Faction.ISSP, Faction.NIGER), List.copyOf(s.factions().keySet()));
        assertEquals(List.of("zulu", "alpha"), List.copyOf(s.labels().keySet()));
    }

    @Test
    void sealedListItemsAreChosenByTheirTypeKey() {
        List<Fixture.Event> events = Fixtures.load("good/full.yaml").events();
        assertEquals(new AddUnits(LocalDate.of(2026, 7, 1), Faction.JNIM, 300), events.get(0));
        assertEquals(new Ceasefire(LocalDate.of(2026, 9, 15), Faction.MALI, Faction.TUAREG_MILITIA, 4),
                events.get(1), "weeks takes its default inside a sealed variant too");
    }

    @Test
    void scalarsFollowYaml12CoreSchema() {
        Scenario s = Fixtures.load("good/yaml-1.2-scalars.yaml");
        assertEquals(16, s.weeks(), "0x10");
        assertEquals("yes", s.note(), "quoted yes is text");
        assertEquals(LocalDate.of(2026, 6, 1), s.start(), "a quoted date is still a date");
        assertEquals(0.05, s.combat().lethality());
        assertEquals(false, s.combat().retreat(), "FALSE");
        Scenario spellings = Fixtures.load("good/spellings.yaml");
        assertEquals(10, spellings.weeks(), "10.0 is a whole number");
        assertEquals(1000, spellings.factions().get(Faction.AFRICA_CORPS).fighters(), "1e3");
    }

    @Test
    void reportsTheFilesReadAndTheMainFileHash() throws IOException, NoSuchAlgorithmException {
        Loaded<Scenario> loaded = StrictYamlLoader.load(Fixtures.path("extends/child.yaml"), Scenario.class);
        assertEquals(List.of(Fixtures.path("extends/child.yaml"), Fixtures.path("extends/base.yaml")),
                loaded.files());
        byte[] bytes = Files.readAllBytes(Fixtures.path("extends/child.yaml"));
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertEquals(expected, loaded.sha256());
    }

    @Test
    void mapsTextWithoutAFile() {
        Scenario s = StrictYamlLoader.parse("name: Inline\nstart: 2026-06-01\ncombat: {lethality: 0.5}\n",
                "inline", Scenario.class);
        assertEquals(0.5, s.combat().lethality());
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> StrictYamlLoader.parse("name: Inline\n", "inline", Scenario.class));
        assertEquals("inline:1:1: missing key 'start' at top level", e.getMessage());
    }

    @Test
    void loadedCollectionsAreUnmodifiable() {
        Scenario s = Fixtures.load("good/full.yaml");
        assertThrows(UnsupportedOperationException.class, () -> s.shares().add(0.5));
        assertThrows(UnsupportedOperationException.class, () -> s.factions().clear());
    }
}

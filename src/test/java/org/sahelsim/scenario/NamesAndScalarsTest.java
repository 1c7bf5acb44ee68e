package org.sahelsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sahelsim.model.Faction;

class NamesAndScalarsTest {

    record AddUnits() {
    }

    record HQRaid() {
    }

    record Phase2Start() {
    }

    @Test
    void recordTypeNamesAreKebabCase() {
        assertEquals("add-units", Names.kebab(AddUnits.class));
        assertEquals("hq-raid", Names.kebab(HQRaid.class));
        assertEquals("phase2-start", Names.kebab(Phase2Start.class));
    }

    @Test
    void enumsAcceptExactlyTwoSpellings() {
        assertEquals(Faction.BURKINA_FASO, Names.parseEnum(Faction.class, "BURKINA_FASO"));
        assertEquals(Faction.BURKINA_FASO, Names.parseEnum(Faction.class, "burkina-faso"));
        assertNull(Names.parseEnum(Faction.class, "burkina_faso"));
        assertNull(Names.parseEnum(Faction.class, "Burkina-Faso"));
        assertEquals(Faction.BURKINA_FASO, Names.guessEnum(Faction.class, "Burkina-Faso"));
        assertEquals(List.of("ISSP", "issp", "JNIM", "jnim"), Names.spellings(Faction.class).subList(0, 4));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "~|NULL", "null|NULL", "NULL|NULL", "''|NULL",
        "true|BOOLEAN", "False|BOOLEAN", "yes|STRING", "off|STRING",
        "12|INTEGER", "-3|INTEGER", "+3|INTEGER", "0x1F|INTEGER", "0o17|INTEGER", "1_000|STRING",
        "1.5|FLOAT", ".5|FLOAT", "1e3|FLOAT", "-2.5E-3|FLOAT", ".inf|STRING", ".nan|STRING",
        "2026-06-01|STRING", "small-arms|STRING"})
    void plainScalarsFollowTheYaml12CoreSchema(String text, ScalarKind kind) {
        assertEquals(kind, ScalarKind.of(text, true));
        assertEquals(ScalarKind.STRING, ScalarKind.of(text, false), "quoted text is always a string");
    }

    @Test
    void numbersKeepTheirExactValue() {
        assertEquals(31, ScalarKind.number("0x1F").intValueExact());
        assertEquals(15, ScalarKind.number("0o17").intValueExact());
        assertEquals(3, ScalarKind.number("+3").intValueExact());
        assertEquals("0.1", ScalarKind.number("0.1").toPlainString());
    }
}

package org.sahelsim.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Faction;

class ActorMappingTest {
    @Test
    void isIsSplitByPlace() {
        assertEquals(Faction.ISWAP, ActorMapping.faction("IS", "NG-BO", "NGA"));
        assertEquals(Faction.ISWAP, ActorMapping.faction("IS", "NG-SO", "NGA"), "every Nigerian state");
        assertEquals(Faction.ISWAP, ActorMapping.faction("IS", "NE-2", "NER"), "Diffa");
        assertEquals(Faction.ISWAP, ActorMapping.faction("IS", "NE-7", "NER"), "Zinder");
        assertEquals(Faction.ISSP, ActorMapping.faction("IS", "NE-6", "NER"), "Tillabéri");
        assertEquals(Faction.ISSP, ActorMapping.faction("IS", "ML-9", "MLI"));
        assertEquals(Faction.ISSP, ActorMapping.faction("IS", "BF-12", "BFA"));
        assertEquals(Faction.ISSP, ActorMapping.faction("IS", "BJ-AK", "BEN"));
    }

    @Test
    void jnimAndItsComponentsAreJnim() {
        for (String a : List.of("JNIM", "AQIM", "Ansar Dine", "al-Murabitun", "FLM", "MUJAO", "Ansaroul Islam")) {
            assertEquals(Faction.JNIM, ActorMapping.faction(a, "ML-5", "MLI"), a);
        }
    }

    @Test
    void jointSidesMapEachActorOnce() {
        assertEquals(List.of(Faction.TUAREG_MILITIA), ActorMapping.factions("GATIA, MSA", "ML-9", "MLI"));
        assertEquals(List.of(Faction.JNIM), ActorMapping.factions("AQIM, JAS, MUJAO", "ML-7", "MLI"),
                "Boko Haram's part of the side is not modelled");
    }

    @Test
    void statesMilitiasAndTheUnmodelled() {
        assertEquals(Faction.BURKINA_FASO, ActorMapping.faction("Government of Burkina Faso", "BF-12", "BFA"));
        assertEquals(Faction.DOZO, ActorMapping.faction("Dan na Ambassagou", "ML-5", "MLI"));
        assertEquals(Faction.VDP, ActorMapping.faction("Koglweogo", "BF-05", "BFA"));
        assertEquals(Faction.NIGERIA_VIGILANTES, ActorMapping.faction("Yan Sakai", "NG-ZA", "NGA"));
        assertTrue(ActorMapping.factions("Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "NG-BO", "NGA").isEmpty());
        assertTrue(ActorMapping.factions("Civilians", "ML-5", "MLI").isEmpty());
    }

    @Test
    void noForeignForceHasAnActor() {
        assertTrue(ActorMapping.mapped().values().stream().noneMatch(f -> f.kind == Faction.Kind.FOREIGN),
                "UCDP counts France and Wagner with the governments");
    }

    @Test
    void anUnknownActorIsAnErrorNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ActorMapping.factions("Katiba Serma", "ML-6", "MLI"));
        assertTrue(e.getMessage().contains("'Katiba Serma'"), e.getMessage());
    }
}

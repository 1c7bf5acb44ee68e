package org.sahelsim.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sahelsim.model.Faction;

/**
 * Which model faction a UCDP actor stands for (docs/event-data.md reproduces this table).
 *
 * <p>UCDP names every Islamic State branch {@code IS}; it is split by place: in Nigeria and in
 * Niger's Diffa (NE-2) and Zinder (NE-7) regions it is ISWAP, elsewhere IS Sahel (ISGS, later
 * ISSP). Foreign forces (France, Wagner) are counted by UCDP with the government they support, so
 * they have no actor of their own. A side may list several actors separated by ", " (for
 * example {@code GATIA, MSA}); each is mapped. An actor that is neither mapped nor listed as not
 * modelled is an error, so that a new extract cannot drop actors silently.
 */
public final class ActorMapping {
    /** UCDP's name for every Islamic State branch. */
    public static final String IS = "IS";
    private static final Set<String> ISWAP_REGIONS = Set.of("NE-2", "NE-7");

    /** Actor → faction, with the reason; the order is that of the documentation table. */
    private static final Map<String, Faction> MAPPED = new LinkedHashMap<>();
    /** Actors the model has no faction for. */
    private static final Map<String, String> NOT_MODELLED = new LinkedHashMap<>();

    static {
        for (String a : List.of("JNIM", "AQIM", "Ansar Dine", "al-Murabitun", "Signed-in-Blood Battalion", "FLM", "MUJAO",
                "Ansaroul Islam")) {
            MAPPED.put(a, Faction.JNIM);
        }
        MAPPED.put("Government of Mali", Faction.MALI);
        MAPPED.put("Government of Burkina Faso", Faction.BURKINA_FASO);
        MAPPED.put("Government of Niger", Faction.NIGER);
        MAPPED.put("Government of Nigeria", Faction.NIGERIA);
        MAPPED.put("Government of Benin", Faction.BENIN);
        for (String a : List.of("GATIA", "MSA", "Daoussak (Tuareg)")) {
            MAPPED.put(a, Faction.TUAREG_MILITIA);
        }
        MAPPED.put("Dozos (Mali)", Faction.DOZO);
        MAPPED.put("Dan na Ambassagou", Faction.DOZO);
        MAPPED.put("Koglweogo", Faction.VDP);
        MAPPED.put("Yan Sakai", Faction.NIGERIA_VIGILANTES);
        notModelled("Civilians", "victims of one-sided violence, not an armed actor");
        notModelled("Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "Boko Haram (JAS), ISWAP's rival since 2016; no faction");
        notModelled("JAS", "Boko Haram, as above");
        notModelled("Yan Gora", "Civilian Joint Task Force in Borno; the Nigerian militia faction is the north-west vigilantes");
        for (String a : List.of("Government of Togo", "Government of Cameroon", "Government of Mauritania")) {
            notModelled(a, "a state outside the study countries");
        }
        for (String a : List.of("CMA", "MAA", "CM-FPR", "Ganda Iso", "MPGK", "Military faction (Red Berets)")) {
            notModelled(a, "armed movement or faction of Mali with no faction in the model");
        }
        for (String a : List.of("Fulani", "Dogon", "Tuareg", "Toubou", "Zaghawa", "Bwatiye", "Yugur", "Waja",
                "Lunguda", "Yandang", "Christians (Nigeria)", "Muslims (Nigeria)", "Supporters of APC",
                "Supporters of PDP", "Eyie", "Black Axe")) {
            notModelled(a, "communal, political or criminal group with no faction in the model");
        }
    }

    private ActorMapping() {
    }

    private static void notModelled(String actor, String why) {
        NOT_MODELLED.put(actor, why);
    }

    /**
     * The factions one side of an event stands for, in ordinal order; empty when the model has no
     * faction for any of its actors.
     *
     * @param side   UCDP side name, possibly several actors joined by ", "
     * @param region ISO 3166-2 code of the model region the event lies in (splits {@code IS})
     * @param country ISO-3 code of the model country the event lies in
     * @throws IllegalArgumentException for an actor the mapping does not know
     */
    public static List<Faction> factions(String side, String region, String country) {
        Set<Faction> out = new TreeSet<>();
        for (String actor : actors(side)) {
            Faction f = faction(actor, region, country);
            if (f != null) {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }

    /** The faction one actor stands for at a place, or null when not modelled. */
    public static Faction faction(String actor, String region, String country) {
        if (IS.equals(actor)) {
            return "NGA".equals(country) || ISWAP_REGIONS.contains(region) ? Faction.ISWAP : Faction.ISSP;
        }
        Faction f = MAPPED.get(actor);
        if (f != null) {
            return f;
        }
        if (NOT_MODELLED.containsKey(actor)) {
            return null;
        }
        throw new IllegalArgumentException("UCDP actor '" + actor + "' is not in the actor mapping "
                + "(org.sahelsim.history.ActorMapping): map it to a faction or list it as not modelled");
    }

    /** The actors named by one side. */
    static List<String> actors(String side) {
        List<String> out = new ArrayList<>();
        for (String a : side.split(", ")) {
            if (!a.isBlank()) {
                out.add(a.trim());
            }
        }
        return out;
    }

    /** Mapped actors and their factions, for documentation and tests. */
    public static Map<String, Faction> mapped() {
        return java.util.Collections.unmodifiableMap(MAPPED);
    }

    /** Actors the model has no faction for, with the reason. */
    public static Map<String, String> notModelled() {
        return java.util.Collections.unmodifiableMap(NOT_MODELLED);
    }
}

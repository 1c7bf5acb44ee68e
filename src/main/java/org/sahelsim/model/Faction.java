package org.sahelsim.model;

/**
 * Every armed actor the model knows. The order is fixed: ordinals index per-faction arrays, so
 * iteration over factions is deterministic.
 *
 * <p>Sources: the actor table of the June 2026 issue brief (Nasr, The Soufan Center) as summarised
 * in the modelling guide §1; militias per country as named there (GATIA/MSA in Ménaka, VDP,
 * Dozo/Dan na Ambassagou, Benin's self-defence groups) plus Niger's vigilance committees and
 * north-west Nigeria's vigilantes, which UCDP records as pro-government militias.
 */
public enum Faction {
    ISSP("Islamic State Sahel Province", Kind.JIHADIST, null, 0x2B2B2B),
    JNIM("JNIM (al-Qaeda)", Kind.JIHADIST, null, 0xE69F00),
    ISWAP("Islamic State West Africa Province", Kind.JIHADIST, null, 0x8E44AD),
    MALI("Malian armed forces (FAMa)", Kind.STATE, "MLI", 0x009E73),
    BURKINA_FASO("Burkinabè armed forces", Kind.STATE, "BFA", 0x3C8DC9),
    NIGER("Niger armed forces (FAN)", Kind.STATE, "NER", 0x1F4E9A),
    NIGERIA("Nigerian armed forces", Kind.STATE, "NGA", 0x4D8F2A),
    BENIN("Benin armed forces", Kind.STATE, "BEN", 0x2CA6A4),
    AFRICA_CORPS("Africa Corps (Russia)", Kind.FOREIGN, "MLI", 0xC0392B),
    FRANCE("French forces (Barkhane)", Kind.FOREIGN, null, 0x5B6BBF),
    TUAREG_MILITIA("Loyalist Tuareg factions (GATIA, MSA)", Kind.MILITIA, "MLI", 0x8FD1BE),
    DOZO("Dozo / Dan na Ambassagou", Kind.MILITIA, "MLI", 0xA6D854),
    VDP("Volunteers for the Defence of the Homeland (VDP)", Kind.MILITIA, "BFA", 0x9ECAE1),
    NIGER_VIGILANCE("Niger vigilance committees", Kind.MILITIA, "NER", 0x8C9FD1),
    NIGERIA_VIGILANTES("North-west Nigeria vigilantes (Yan Sakai)", Kind.MILITIA, "NGA", 0xB8D99A),
    BENIN_SELF_DEFENCE("Benin self-defence groups", Kind.MILITIA, "BEN", 0x9FD8D6);

    /** Broad kind of actor; drives default behaviour and alliances. */
    public enum Kind { JIHADIST, STATE, FOREIGN, MILITIA }

    private static final Faction[] VALUES = values();

    /** Human-readable name for legends and reports. */
    public final String label;
    public final Kind kind;
    /** ISO-3 code of the country the faction belongs to or operates for; null for jihadist groups. */
    public final String country;
    /** Map colour as 0xRRGGBB. */
    public final int rgb;

    Faction(String label, Kind kind, String country, int rgb) {
        this.label = label;
        this.kind = kind;
        this.country = country;
        this.rgb = rgb;
    }

    public static int count() { return VALUES.length; }

    public static Faction of(int ordinal) { return VALUES[ordinal]; }

    public boolean isJihadist() { return kind == Kind.JIHADIST; }

    /** True for national armies, Africa Corps and militias: the pro-government camp. */
    public boolean isProGovernment() { return kind != Kind.JIHADIST; }
}

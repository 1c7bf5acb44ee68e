package org.sahelsim.model;

/**
 * Communities the recruitment rule distinguishes, following the list: Fulani (Peul),
 * Tuareg (with the Daoussak), Arab (including the Moors and Nigeria's Shuwa), Songhai (with the
 * Djerma/Zarma and Benin's Dendi), Hausa, Kanuri, Mossi, Gourmantché, Bariba, and everyone else.
 * The order is fixed: ordinals index the share arrays of {@link Communities}.
 */
public enum Community {
    FULANI, TUAREG, ARAB, SONGHAI, HAUSA, KANURI, MOSSI, GOURMANTCHE, BARIBA, OTHER;

    private static final Community[] VALUES = values();

    public static int count() {
        return VALUES.length;
    }

    public static Community of(int ordinal) {
        return VALUES[ordinal];
    }
}

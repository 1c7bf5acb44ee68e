package org.sahelsim.gui;

import java.util.List;
import org.sahelsim.model.ClashEvent;
import org.sahelsim.model.Faction;

/**
 * Pairs of sides for the clash chart. The three jihadist groups are sides of their own; national
 * armies, Africa Corps, France and the militias count together as state forces.
 */
final class Dyads {
    /** The dyads, with a colour each (Okabe-Ito palette; ISSP-state in ISSP's dark grey). */
    enum Dyad {
        ISSP_JNIM("ISSP–JNIM", 0xD55E00),
        ISSP_STATE("ISSP–state forces", 0x2B2B2B),
        JNIM_STATE("JNIM–state forces", 0xE69F00),
        ISWAP_STATE("ISWAP–state forces", 0x8E44AD),
        ISSP_ISWAP("ISSP–ISWAP", 0x999999),
        JNIM_ISWAP("JNIM–ISWAP", 0xCC79A7),
        OTHER("other", 0x56B4E9);

        final String label;
        final int rgb;

        Dyad(String label, int rgb) {
            this.label = label;
            this.rgb = rgb;
        }
    }

    private Dyads() {
    }

    /** Events per dyad, indexed by {@link Dyad} ordinal. */
    static int[] count(List<ClashEvent> events) {
        int[] out = new int[Dyad.values().length];
        for (ClashEvent e : events) {
            out[of(e.attacker(), e.defender()).ordinal()]++;
        }
        return out;
    }

    /** The dyad of two factions, in either order. */
    static Dyad of(Faction a, Faction b) {
        int sa = side(a);
        int sb = side(b);
        int lo = Math.min(sa, sb);
        int hi = Math.max(sa, sb);
        if (lo == 0 && hi == 1) {
            return Dyad.ISSP_JNIM;
        }
        if (lo == 0 && hi == 2) {
            return Dyad.ISSP_ISWAP;
        }
        if (lo == 1 && hi == 2) {
            return Dyad.JNIM_ISWAP;
        }
        if (lo != hi && hi == 3) {
            return Dyad.values()[Dyad.ISSP_STATE.ordinal() + lo];
        }
        return Dyad.OTHER;
    }

    /** 0 ISSP, 1 JNIM, 2 ISWAP, 3 state forces. */
    private static int side(Faction f) {
        return switch (f) {
            case ISSP -> 0;
            case JNIM -> 1;
            case ISWAP -> 2;
            default -> 3;
        };
    }
}

package org.sahelsim.gui;

import java.util.Locale;
import org.sahelsim.model.Faction;

/** Short names that fit a legend on the map; the full names are in the inspectors. */
final class Labels {
    private Labels() {
    }

    /** ISSP, JNIM, ISWAP and VDP as acronyms; the others in words ("Africa Corps", "Burkina Faso"). */
    static String shortName(Faction f) {
        return switch (f) {
            case ISSP, JNIM, ISWAP, VDP -> f.name();
            case TUAREG_MILITIA -> "Tuareg militias";
            case DOZO -> "Dozo";
            default -> words(f.name());
        };
    }

    private static String words(String constant) {
        StringBuilder out = new StringBuilder();
        for (String w : constant.split("_")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}

package org.sahelsim.history;

import java.util.List;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Region;

/**
 * A UCDP event located on the model's map, with the factions each side stands for.
 *
 * @param event  the UCDP row
 * @param region admin-1 region of the model map it falls in
 * @param sideA  factions of side A, in ordinal order (empty when not modelled)
 * @param sideB  factions of side B
 */
public record PlacedEvent(UcdpEvent event, Region region, List<Faction> sideA, List<Faction> sideB) {

    /** True when the faction is on either side. */
    public boolean involves(Faction f) {
        return sideA.contains(f) || sideB.contains(f);
    }

    /** True when one side holds a faction of {@code these} and the other one of {@code those} (any when empty). */
    public boolean between(List<Faction> these, List<Faction> those) {
        return (any(sideA, these) && (those.isEmpty() || any(sideB, those)))
                || (any(sideB, these) && (those.isEmpty() || any(sideA, those)));
    }

    private static boolean any(List<Faction> side, List<Faction> wanted) {
        for (Faction f : side) {
            if (wanted.contains(f)) {
                return true;
            }
        }
        return false;
    }
}

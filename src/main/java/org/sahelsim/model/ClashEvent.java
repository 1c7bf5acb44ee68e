package org.sahelsim.model;

import java.time.LocalDate;

/**
 * One violent event: a clash between two units or a raid on a garrison.
 *
 * @param week             week index of the run (0 = first week)
 * @param date             first day of that week
 * @param cell             grid cell index
 * @param region           ISO 3166-2 code of the admin-1 region, or "" outside one
 * @param attacker         faction that initiated
 * @param defender         faction attacked
 * @param type             clash or raid
 * @param attackerLosses   fighters of the attacker killed
 * @param defenderLosses   fighters of the defender killed
 * @param civilians        civilians killed
 * @param site             site raided, or "" for a clash
 */
public record ClashEvent(int week, LocalDate date, int cell, String region, Faction attacker, Faction defender,
                         Type type, int attackerLosses, int defenderLosses, int civilians, String site) {

    public enum Type { CLASH, RAID }

    /** All deaths in the event: combatants of both sides and civilians. */
    public int deaths() {
        return attackerLosses + defenderLosses + civilians;
    }
}

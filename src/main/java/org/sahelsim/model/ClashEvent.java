package org.sahelsim.model;

import java.time.LocalDate;

/**
 * One violent event: a clash between two units, a raid on a garrison or a drone strike on a unit.
 *
 * @param week             week index of the run (0 = first week)
 * @param date             first day of that week
 * @param cell             grid cell index
 * @param region           ISO 3166-2 code of the admin-1 region, or "" outside one
 * @param attacker         faction that initiated (for a strike, the wing's owner)
 * @param defender         faction attacked
 * @param type             clash, raid or strike
 * @param attackerLosses   fighters of the attacker killed
 * @param defenderLosses   fighters of the defender killed
 * @param civilians        civilians killed
 * @param site             site raided, for a strike the base the wing flew from, or "" for a clash
 */
public record ClashEvent(int week, LocalDate date, int cell, String region, Faction attacker, Faction defender,
                         Type type, int attackerLosses, int defenderLosses, int civilians, String site) {

    public enum Type { CLASH, RAID, STRIKE }

    /** All deaths in the event: combatants of both sides and civilians. */
    public int deaths() {
        return attackerLosses + defenderLosses + civilians;
    }
}

package org.sahelsim.model;

/**
 * Where a faction's forces may operate (docs/odd/submodels/movement.md, "host-nation consent"):
 * jihadist groups anywhere in the study area; national armies and militias only in their own
 * country; foreign forces (France, Africa Corps) only in a country whose national army is allied
 * with them at the time, so a change of stance (a coup, the end of a defence agreement) moves them
 * out. Built once per map; the stances are read live from the model.
 */
public final class HostNations {
    /** Per faction ordinal: index of its own country in {@link SahelMap#countries}, or -1. */
    private final int[] ownCountry = new int[Faction.count()];
    /** Per country index of the map: that country's national army, or null. */
    private final Faction[] armyOf;

    public HostNations(SahelMap map) {
        armyOf = new Faction[map.countries.size()];
        for (Faction f : Faction.values()) {
            ownCountry[f.ordinal()] = f.country == null ? -1 : map.countries.indexOf(f.country);
            if (f.kind == Faction.Kind.STATE && ownCountry[f.ordinal()] >= 0) {
                armyOf[ownCountry[f.ordinal()]] = f;
            }
        }
    }

    /** Whether units of {@code f} may enter, or choose as a destination, the land cell {@code cell}. */
    public boolean mayOperate(Relations relations, Faction f, SahelMap map, int cell) {
        if (f.isJihadist()) {
            return true;
        }
        int country = map.country[cell];
        if (country < 0) {
            return false;
        }
        if (f.kind != Faction.Kind.FOREIGN) {
            return country == ownCountry[f.ordinal()];
        }
        Faction army = armyOf[country];
        return army != null && relations.allied(army.ordinal(), f.ordinal());
    }
}

package org.sahelsim.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sahelsim.model.Indicator;
import org.sahelsim.model.SahelModel;

/** The CSV tables of one run; the column lists are the file format (see README "Output files"). */
public final class Tables {
    private Tables() {
    }

    /** One row per week and faction, with per-country columns. */
    public static CsvTable timeseries() {
        List<String> cols = new ArrayList<>(List.of("week", "date", "faction", "controlled_cells", "contested_cells",
                "controlled_area_km2", "controlled_population", "fighters", "units", "clashes", "raids",
                "fighters_lost", "civilians_killed"));
        for (String c : SahelModel.STUDY_COUNTRIES) {
            cols.add("cells_" + c.toLowerCase(Locale.ROOT));
            cols.add("population_" + c.toLowerCase(Locale.ROOT));
        }
        for (Indicator i : Indicator.values()) {
            cols.add(i.column());
        }
        return new CsvTable("timeseries", cols);
    }

    /** One row per violent event. */
    public static CsvTable events() {
        return CsvTable.of("events", "week", "date", "lat", "lon", "admin1", "country", "type", "attacker", "defender",
                "attacker_losses", "defender_losses", "civilians", "site");
    }

    /** One row per year, admin-1 region and faction present there. */
    public static CsvTable regions() {
        return CsvTable.of("regions", "year", "region", "region_name", "country", "faction", "share_end",
                "share_mean", "events", "deaths");
    }

    /** One row per week and tracked pair of factions: the ceasefire state and what drove its hazard. */
    public static CsvTable ceasefires() {
        return CsvTable.of("ceasefires", "week", "date", "a", "b", "state", "weeks_in_state", "scope", "monitored",
                "guaranteed", "cost", "contacts", "defections", "competition", "leaders_killed", "spoilers", "violations",
                "hazard");
    }

    /**
     * One row per quarter (its first simulated week), faction, home region, current region and unit
     * kind: living units and their fighters.
     */
    public static CsvTable forces() {
        return CsvTable.of("forces", "week", "date", "faction", "home_region", "region", "kind", "units", "fighters");
    }

    /** One row per non-violent change (timeline events applied, units destroyed, ...). */
    public static CsvTable log() {
        return CsvTable.of("log", "week", "date", "kind", "faction", "detail");
    }
}

package org.sahelsim.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Indicator;

/**
 * The metrics a batch aggregates, their units, and which direction counts as "better" in a paired
 * comparison. Metric names are those of {@code timeseries.csv}: a level (controlled population,
 * fighters, treasury, ...) is taken at the end of the run under its own name; a weekly count
 * (clashes, civilians killed, recruits, ...) is summed over the run as {@code <name>_total}.
 * Besides each faction, rows are kept for two groups, {@value #JIHADIST} (ISSP, JNIM, ISWAP) and
 * {@value #PRO_GOVERNMENT} (every other faction), and for {@value #ALL} (whole-run totals).
 *
 * <p>"Better" takes the side of civilians and of state control of territory, the perspective of
 * the policy arms: less violence, civilian harm and grievance is better for every row; more
 * territory, population, fighters and resources is worse for a jihadist row and better for a
 * pro-government row; fighters lost to a jihadist group by defection, desertion, strikes or the
 * death of leaders is better. A column this table does not know (added by a later rule) counts as
 * strength, like fighters. See docs/batch.md.
 */
public final class BatchMetrics {
    public static final String ALL = "ALL";
    public static final String JIHADIST = "JIHADIST_GROUPS";
    public static final String PRO_GOVERNMENT = "PRO_GOVERNMENT";
    public static final String TOTAL_SUFFIX = "_total";
    /** Whole-run totals on the {@value #ALL} row. */
    public static final String VIOLENT_EVENTS = "violent_events";
    public static final String DEATHS = "deaths";

    /** Which direction of a metric is an improvement. */
    public enum Direction { HIGHER, LOWER }

    /** Weekly series kept in weekly.csv besides every rule indicator. */
    public static final List<String> WEEKLY = List.of("controlled_population", "controlled_area_km2", "fighters",
            "clashes", "civilians_killed");

    private static final Set<String> CORE_FLOWS = Set.of("clashes", "raids", "fighters_lost", "civilians_killed");
    /** Harm to everyone: lower is better on every row. */
    private static final Set<String> HARM = Set.of("contested_cells", "clashes", "raids", "fighters_lost",
            "civilians_killed", "strike_civilians", "mean_grievance", VIOLENT_EVENTS, DEATHS);
    /** Columns that are not counts or sums, so a group's value is not the sum of its members'. */
    private static final Set<String> NOT_ADDITIVE = Set.of("capability", "capability_progress", "corridor_connected",
            "mean_grievance");
    /** Losses of a group: better when a jihadist group suffers them, worse for the state side. */
    private static final Set<String> LOSSES = Set.of("defections_out", "desertions", "strike_kills", "leaders_killed");

    private BatchMetrics() {
    }

    /** Every faction name, then the two groups: the rows of the per-faction tables. */
    public static List<String> sides() {
        List<String> out = new ArrayList<>();
        for (Faction f : Faction.values()) {
            out.add(f.name());
        }
        out.add(JIHADIST);
        out.add(PRO_GOVERNMENT);
        return List.copyOf(out);
    }

    /** Whether a timeseries column counts events of each week (summed) rather than a level (taken at the end). */
    public static boolean isFlow(String column) {
        if (CORE_FLOWS.contains(column)) {
            return true;
        }
        for (Indicator i : Indicator.values()) {
            if (i.column().equals(column)) {
                return i.flow;
            }
        }
        return false;
    }

    /** Whether a group's value of the column is the sum of its members' values. */
    public static boolean isAdditive(String column) {
        return !NOT_ADDITIVE.contains(column);
    }

    /** End-state metric name of a timeseries column. */
    public static String endMetric(String column) {
        return isFlow(column) ? column + TOTAL_SUFFIX : column;
    }

    /** The column or total a metric is made of. */
    public static String base(String metric) {
        return metric.endsWith(TOTAL_SUFFIX) ? metric.substring(0, metric.length() - TOTAL_SUFFIX.length()) : metric;
    }

    /** Unit of a metric, for axis labels and tables. */
    public static String unit(String metric) {
        String b = base(metric);
        if (b.startsWith("population_") || b.equals("controlled_population")) {
            return "people";
        }
        if (b.startsWith("cells_") || b.endsWith("_cells")) {
            return "cells";
        }
        return switch (b) {
            case "controlled_area_km2" -> "km²";
            case "fighters", "fighters_lost", "recruits", "defections_in", "defections_out", "desertions",
                    "strike_kills" -> "fighters";
            case "units" -> "units";
            case "clashes" -> "clashes";
            case "raids", "bases_raided" -> "raids";
            case "civilians_killed", "strike_civilians" -> "civilians";
            case "income", "spending", "treasury" -> "million USD";
            case "capability" -> "level 0-3";
            case "sorties" -> "sorties";
            case "detections" -> "detections";
            case "strikes" -> "strikes";
            case "leaders_killed" -> "leaders";
            case "aircraft" -> "aircraft";
            case VIOLENT_EVENTS -> "events";
            case DEATHS -> "deaths";
            default -> "1";
        };
    }

    /** Words for a metric in sentences: {@code "controlled population at the end"}. */
    public static String label(String metric) {
        String words = base(metric).replace("_km2", " area").replace('_', ' ');
        if (words.equals("controlled area area")) {
            words = "controlled area";
        }
        return metric.endsWith(TOTAL_SUFFIX) || metric.equals(VIOLENT_EVENTS) || metric.equals(DEATHS)
                ? words + " over the run" : words + " at the end";
    }

    /** Words for a row: the faction's name, or the group's. */
    public static String sideLabel(String side) {
        return switch (side) {
            case JIHADIST -> "jihadist groups (ISSP, JNIM, ISWAP)";
            case PRO_GOVERNMENT -> "pro-government forces";
            case ALL -> "all factions";
            default -> Faction.valueOf(side).label;
        };
    }

    /** Which direction is better for {@code metric} on the row of {@code side}. */
    public static Direction better(String metric, String side) {
        String b = base(metric);
        if (HARM.contains(b) || side.equals(ALL)) {
            return Direction.LOWER;
        }
        boolean jihadist = side.equals(JIHADIST) || !side.equals(PRO_GOVERNMENT) && Faction.valueOf(side).isJihadist();
        if (LOSSES.contains(b)) {
            return jihadist ? Direction.HIGHER : Direction.LOWER;
        }
        return jihadist ? Direction.LOWER : Direction.HIGHER;
    }

    /** Direction as written in CSV files: {@code higher} or {@code lower}. */
    public static String text(Direction d) {
        return d.name().toLowerCase(Locale.ROOT);
    }
}

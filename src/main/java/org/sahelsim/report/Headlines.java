package org.sahelsim.report;

import java.util.List;
import org.sahelsim.model.Faction;
import org.sahelsim.output.BatchMetrics;

/**
 * What the report puts first: the sides shown in fan charts and maps, and the metrics of the
 * headline comparisons. Everything else is in the aggregate tables.
 */
final class Headlines {
    static final String POPULATION = "controlled_population";
    static final String AREA = "controlled_area_km2";
    static final String CIVILIANS = "civilians_killed_total";

    /** Sides of the fan charts and box plots of territory. */
    static final List<String> TERRITORY_SIDES = List.of(BatchMetrics.JIHADIST, Faction.ISSP.name(), Faction.JNIM.name(),
            Faction.ISWAP.name(), BatchMetrics.PRO_GOVERNMENT);
    /** Sides drawn on control-probability maps. */
    static final List<String> MAP_SIDES = List.of(Faction.ISSP.name(), Faction.JNIM.name(), Faction.ISWAP.name(),
            BatchMetrics.PRO_GOVERNMENT);

    /** The comparisons stated in words at the top of the report, in order. */
    static final List<Key> HEADLINE = List.of(
            new Key(POPULATION, BatchMetrics.JIHADIST),
            new Key(POPULATION, Faction.ISSP.name()),
            new Key(POPULATION, Faction.JNIM.name()),
            new Key(AREA, BatchMetrics.JIHADIST),
            new Key(POPULATION, BatchMetrics.PRO_GOVERNMENT),
            new Key(BatchMetrics.VIOLENT_EVENTS, BatchMetrics.ALL),
            new Key(CIVILIANS, BatchMetrics.ALL),
            new Key(BatchMetrics.DEATHS, BatchMetrics.ALL));

    private Headlines() {
    }

    /** Short name of a side for legends: {@code JNIM}, {@code Jihadist groups}. */
    static String shortSide(String side) {
        return switch (side) {
            case BatchMetrics.JIHADIST -> "Jihadist groups";
            case BatchMetrics.PRO_GOVERNMENT -> "Pro-government forces";
            case BatchMetrics.ALL -> "All";
            default -> side.equals(Faction.AFRICA_CORPS.name()) ? "Africa Corps" : side;
        };
    }

    /** A side inside a sentence: {@code JNIM}, {@code jihadist groups}. */
    static String inSentence(String side) {
        return switch (side) {
            case BatchMetrics.JIHADIST -> "jihadist groups";
            case BatchMetrics.PRO_GOVERNMENT -> "pro-government forces";
            case BatchMetrics.ALL -> "all factions";
            default -> shortSide(side);
        };
    }

    /** A metric in a sentence, with its side: "population under the control of JNIM at the end". */
    static String phrase(Key k) {
        String side = BatchMetrics.sideLabel(k.side());
        return switch (k.metric()) {
            case POPULATION -> "population under the control of " + side + " at the end";
            case AREA -> "area under the control of " + side + " at the end";
            case BatchMetrics.VIOLENT_EVENTS -> "number of violent events over the run";
            case BatchMetrics.DEATHS -> "number of deaths in violent events over the run";
            case CIVILIANS -> "number of civilians killed over the run";
            default -> BatchMetrics.label(k.metric()) + " of " + side;
        };
    }
}

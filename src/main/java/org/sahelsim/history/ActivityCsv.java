package org.sahelsim.history;

import java.util.List;
import org.sahelsim.output.CsvFormat;

/**
 * Writes the activity table: one row per faction and admin-1 region of the model map where the
 * faction took part in at least one event of the window. UTF-8, {@code \n} line ends, numbers
 * formatted by {@link CsvFormat}, so the same data always give the same bytes.
 */
public final class ActivityCsv {
    /** Resource path of the committed table. */
    public static final String RESOURCE = "org/sahelsim/history/ucdp-activity-2017-2019.csv";

    private ActivityCsv() {
    }

    public static String render(Activity a, DerivationSpec spec) {
        StringBuilder out = new StringBuilder("faction,region,region_name,country,events");
        for (int y = spec.firstYear(); y <= spec.lastYear(); y++) {
            out.append(",events_").append(y);
        }
        out.append(",deaths_best,share_of_faction_events,ucdp_actors\n");
        for (Activity.Row r : a.rows()) {
            out.append(r.faction().name()).append(',').append(r.region().code()).append(',')
                    .append(CsvFormat.quote(r.region().name())).append(',').append(r.region().country())
                    .append(',').append(r.events());
            for (int n : r.byYear()) {
                out.append(',').append(n);
            }
            out.append(',').append(r.deaths()).append(',').append(CsvFormat.number(r.share())).append(',')
                    .append(CsvFormat.quote(String.join("; ", r.actors()))).append('\n');
        }
        return out.toString();
    }

    /** The header's column names, for readers. */
    public static List<String> fixedColumns() {
        return List.of("faction", "region", "region_name", "country", "events");
    }
}

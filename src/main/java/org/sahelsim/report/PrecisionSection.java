package org.sahelsim.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.sahelsim.output.BatchLayout;
import org.sahelsim.output.CsvReader;

/** How many replicates the headline comparisons would need for the experiment's target precision. */
final class PrecisionSection {
    private PrecisionSection() {
    }

    static String section(BatchResults r) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader in = CsvReader.open(BatchLayout.aggregate(r.root(), BatchLayout.REPLICATES_NEEDED))) {
            int arm = in.column("arm");
            int metric = in.column("metric");
            int side = in.column("faction");
            int quantity = in.column("quantity");
            int n = in.column("n");
            int sd = in.column("sd");
            int half = in.column("half_width");
            int target = in.column("target_half_width");
            int needed = in.column("replicates_needed");
            int capped = in.column("capped");
            while (in.next()) {
                Key k = new Key(in.get(metric), in.get(side));
                if (!Headlines.HEADLINE.contains(k) || !in.get(quantity).equals("paired difference")) {
                    continue;
                }
                String need = in.get(needed).isEmpty() ? "n/a"
                        : ("true".equals(in.get(capped)) ? "more than " : "") + in.get(needed);
                rows.add(List.of(Html.esc(in.get(arm)), Html.esc(Headlines.phrase(k)), in.get(n),
                        Html.num(in.number(sd)), Html.num(in.number(half)), Html.num(in.number(target)), need));
            }
        }
        StringBuilder out = new StringBuilder("<h2 id=\"precision\">Replicates needed</h2>\n<p>The replicates each"
                + " headline comparison needs for its 95% interval to reach the target half-width (");
        var p = r.manifest().precision();
        out.append(p.absolute().isEmpty() ? "" : "the experiment's absolute targets where set, else ");
        out.append(Html.percent(p.relative())).append(" of the reference arm's mean), from the spread of the paired"
                + " differences in this batch: the smallest <i>n</i> with t(0.975, <i>n</i>−1)·SD/√<i>n</i> ≤"
                + " target. Rerun with <code>--replicates N</code> to reach it. Every comparison and the reference"
                + " arm's own means are in <code>aggregate/replicates-needed.csv</code>.</p>\n");
        if (rows.isEmpty()) {
            return out.append("<p>No paired comparison to plan for.</p>\n").toString();
        }
        out.append(Html.table(List.of("Arm", "Measure", "Pairs now", "SD of differences", "Half-width now",
                "Target half-width", "Replicates needed"), rows));
        return out.toString();
    }
}

package org.sahelsim.report;

import java.util.List;
import org.sahelsim.output.BatchLayout;

/** The fixed text of the report: its style, the statement on what the results are, and definitions. */
final class ReportText {
    static final String CSS = """
            body { font-family: sans-serif; max-width: 1250px; margin: 2em auto; padding: 0 1em; color: #1a1a1a;
                   line-height: 1.45; }
            h1 { margin-bottom: 0.2em; } h2 { margin-top: 2em; border-bottom: 1px solid #ccc; }
            table { border-collapse: collapse; margin: 1em 0; font-size: 0.92em; }
            th, td { border: 1px solid #ddd; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
            th { background: #f3f3f3; }
            figure { margin: 1.5em 0; } img { max-width: 100%; border: 1px solid #eee; }
            figcaption { font-size: 0.9em; color: #444; }
            .caveat { background: #fff8e1; border-left: 4px solid #e6a700; padding: 0.6em 1em; }
            .warning { background: #fdecea; border-left: 4px solid #c62828; padding: 0.6em 1em; }
            ul.overrides { margin: 0; padding-left: 1.2em; } code { font-size: 0.9em; word-break: break-all; }
            nav { margin: 1em 0; font-size: 0.95em; }
            """;

    private ReportText() {
    }

    /** The statement that the results are exploratory, under stated assumptions, and not forecasts. */
    static String caveat(String scenario) {
        return "<p class=\"caveat\"><b>Exploratory results, not forecasts.</b> These results come from sahelsim, an"
                + " agent-based model, run on the scenario <i>" + Html.esc(scenario) + "</i> and the arms listed below."
                + " They hold only under the model's assumptions, which its ODD description documents (mechanisms,"
                + " parameters and their sources, and the deviations from those sources), and under the scenario's"
                + " assumptions about forces and dates. They show how the model responds when a policy setting is"
                + " changed, with the uncertainty that comes from the model's own randomness; they do not say what"
                + " will happen in the Sahel, and the intervals do not cover uncertainty about the model's structure"
                + " or parameters.</p>\n";
    }

    static String definitions() {
        StringBuilder out = new StringBuilder("<h2 id=\"definitions\">Definitions</h2>\n<ul>\n");
        for (String item : List.of(
                "<b>Replicate</b>: one run of an arm with one seed. Replicate <i>i</i> of every arm uses the same"
                        + " seed (common random numbers), so differences between arms are paired replicate by replicate.",
                "<b>Mean and 95% CI</b>: the mean over replicates and its two-sided 95% Student t interval,"
                        + " mean ± t(0.975, n−1)·SD/√n, with the sample standard deviation (divisor n−1).",
                "<b>Paired difference</b>: arm minus reference arm in each replicate; its mean and 95% t interval,"
                        + " and the two-sided p-value of the paired t-test.",
                "<b>Better in</b>: the share of paired replicates in which the arm did better than the reference,"
                        + " ties counted as half, so 50% means no tendency either way.",
                "<b>Better</b> takes the side of civilians and of state control of territory: less violence, fewer"
                        + " deaths and civilians killed, less contested ground and grievance is better for every row;"
                        + " less population, area, fighters and resources held by a jihadist group (or the jihadist"
                        + " groups together) is better, and more held by pro-government forces is better; losses of"
                        + " a jihadist group (defections out, desertions, fighters killed by strikes, leaders killed)"
                        + " are better. The column <code>better</code> of <code>aggregate/paired.csv</code> states the"
                        + " direction used for each row.",
                "<b>Controlled</b>: a cell's controller at the end of the run (contested cells included); population"
                        + " and area sum the cells a side controls. Control probability: the share of replicates in"
                        + " which a side controls a cell at the end.",
                "<b>Jihadist groups</b>: ISSP, JNIM and ISWAP together. <b>Pro-government forces</b>: every other"
                        + " faction (national armies, Africa Corps, France when present, militias).")) {
            out.append("<li>").append(item).append("</li>\n");
        }
        out.append("</ul>\n<p>Tables (tidy CSV, in <code>").append(BatchLayout.AGGREGATE).append("/</code>): ");
        out.append(String.join(", ", List.of(BatchLayout.WEEKLY, BatchLayout.ENDSTATE, BatchLayout.ENDSTATE_SUMMARY,
                BatchLayout.PAIRED, BatchLayout.REPLICATES_NEEDED, BatchLayout.DYADS, BatchLayout.CONTROL,
                BatchLayout.DENSITY).stream().map(f -> "<code>" + f + "</code>").toList()));
        out.append(". Each run's own tables are in <code>runs/ARM/rNNN/</code>.</p>\n");
        return out.toString();
    }
}

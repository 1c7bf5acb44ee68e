package org.sahelsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The headline paired differences in plain language: for each arm, how each headline measure
 * differs from the reference arm on the same seeds, with its 95% interval and the share of
 * replicates in which the arm does better, and whether the interval lets the replicates tell
 * the arms apart.
 */
final class Findings {
    private Findings() {
    }

    /** The findings section: one list of sentences per arm, then the table. */
    static String section(BatchResults r) {
        String reference = r.manifest().reference();
        StringBuilder out = new StringBuilder("<h2 id=\"findings\">Headline paired differences</h2>\n");
        out.append("<p>Each arm is compared with <b>").append(Html.esc(reference)).append("</b> replicate by replicate:"
                + " replicate <i>i</i> of every arm ran with the same seed, so each difference is paired. Intervals are"
                + " 95% Student t intervals of the mean paired difference. \"Better\" is defined per measure (see"
                + " <a href=\"#definitions\">definitions</a>).</p>\n");
        List<List<String>> rows = new ArrayList<>();
        for (String arm : r.arms()) {
            if (arm.equals(reference)) {
                continue;
            }
            out.append("<h3>").append(Html.esc(arm)).append("</h3>\n<ul>\n");
            for (Key k : Headlines.HEADLINE) {
                Optional<PairedRow> row = find(r, arm, k);
                row.ifPresent(p -> {
                    out.append("<li>").append(sentence(p)).append("</li>\n");
                    rows.add(tableRow(p));
                });
            }
            out.append("</ul>\n");
        }
        if (rows.isEmpty()) {
            out.append("<p>No arm besides the reference has finished runs, so there is nothing to compare.</p>\n");
            return out.toString();
        }
        out.append(Html.table(List.of("Arm", "Measure", "Mean difference", "95% CI", "Better in", "Pairs", "p",
                "Reading"), rows));
        return out.toString();
    }

    static Optional<PairedRow> find(BatchResults r, String arm, Key k) {
        return r.paired().stream().filter(p -> p.arm().equals(arm) && p.key().equals(k)).findFirst();
    }

    /** For example: "The population under the control of JNIM at the end is 120,000 people lower than ...". */
    static String sentence(PairedRow p) {
        String measure = Headlines.phrase(p.key());
        String unit = unitWord(p.unit());
        StringBuilder s = new StringBuilder("The ").append(Html.esc(measure)).append(" is ");
        if (p.mean() == 0) {
            s.append("the same as under ").append(Html.esc(p.reference())).append(" on average");
        } else {
            s.append(Html.num(Math.abs(p.mean()))).append(unit).append(p.mean() > 0 ? " higher" : " lower")
                    .append(" than under ").append(Html.esc(p.reference())).append(" on average");
        }
        s.append(" (95% CI ").append(interval(p, unit)).append("). ");
        s.append("The arm does better in ").append(Html.percent(p.shareBetter())).append(" of the ").append(p.n())
                .append(" paired replicates. ");
        s.append(reading(p)).append('.');
        return s.toString();
    }

    /** "210,000 to 30,000 people lower", or "45,000 people lower to 21,000 higher". */
    static String interval(PairedRow p, String unit) {
        if (p.n() < 2) {
            return "not available with one replicate";
        }
        if (p.low() >= 0) {
            return Html.num(p.low()) + " to " + Html.num(p.high()) + unit + " higher";
        }
        if (p.high() <= 0) {
            return Html.num(-p.high()) + " to " + Html.num(-p.low()) + unit + " lower";
        }
        return Html.num(-p.low()) + unit + " lower to " + Html.num(p.high()) + " higher";
    }

    /** Whether the interval tells the arms apart, and in which direction. */
    static String reading(PairedRow p) {
        if (!p.clear()) {
            return "The interval includes no difference: with these replicates the model cannot tell the two arms"
                    + " apart on this measure";
        }
        return p.improves() ? "The interval excludes zero: in the model this arm does better on this measure"
                : "The interval excludes zero: in the model this arm does worse on this measure";
    }

    private static List<String> tableRow(PairedRow p) {
        String verdict = !p.clear() ? "no clear difference" : p.improves() ? "better" : "worse";
        return List.of(Html.esc(p.arm()), Html.esc(Headlines.phrase(p.key())), Html.num(p.mean()) + " " + Html.esc(p.unit()),
                p.n() < 2 ? "n/a" : Html.num(p.low()) + " to " + Html.num(p.high()), Html.percent(p.shareBetter()),
                Integer.toString(p.n()), Html.p(p.pValue()), verdict);
    }

    private static String unitWord(String unit) {
        return unit.equals("1") ? "" : " " + Html.esc(unit);
    }
}

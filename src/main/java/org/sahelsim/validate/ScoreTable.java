package org.sahelsim.validate;

import java.util.List;
import java.util.Locale;

/** The validation table as plain text, for the terminal. */
public final class ScoreTable {
    private ScoreTable() {
    }

    public static String render(List<Score> scores) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-6s %-96s %6s %9s  %s%n",
                "row", "criterion", "share", "threshold", "verdict"));
        for (Score s : scores) {
            String share = Double.isNaN(s.share()) ? "-" : String.format(Locale.ROOT, "%.2f", s.share());
            String verdict = s.isPatternRow() ? s.verdict().label().toUpperCase(Locale.ROOT) : s.verdict().label();
            out.append(String.format(Locale.ROOT, "%-6s %-96s %6s %9.2f  %s%s%n", s.id(), clip(s.text(), 96), share,
                    s.threshold(), verdict, s.needs().isEmpty() ? "" : " (" + s.needs() + ")"));
        }
        return out.toString();
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}

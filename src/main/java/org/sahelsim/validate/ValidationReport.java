package org.sahelsim.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.sahelsim.charts.ChartExport;
import org.sahelsim.output.Provenance;

/**
 * {@code validation.html}: the table, the overlay charts as inline SVG and the provenance, in one
 * file with no external reference, so it can be archived or mailed as it is.
 */
public final class ValidationReport {
    public static final String FILE = "validation.html";
    private static final int WIDTH = 960;
    private static final int HEIGHT = 520;

    private ValidationReport() {
    }

    /**
     * @param scenario   scenario name
     * @param replicates replicates per arm
     * @param baseSeed   seed of replicate 0 (replicate i has baseSeed + i)
     */
    public static void write(Path dir, String scenario, int replicates, long baseSeed, List<Score> scores,
                             Map<String, JFreeChart> charts, Provenance provenance) throws IOException {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>sahelsim validation: ")
                .append(esc(scenario)).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em;max-width:1100px;color:#1a1a1a}")
                .append("table{border-collapse:collapse;font-size:14px}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}")
                .append("tr.pattern td{font-weight:bold;background:#f4f4f4}.pass{color:#1a7f37}.fail{color:#b3261e}")
                .append(".not-evaluable{color:#7a5d00}figure{margin:1.5em 0}\n</style>\n</head>\n<body>\n")
                .append("<h1>Validation of ").append(esc(scenario)).append("</h1>\n<p>")
                .append(replicates).append(" replicates, seeds ").append(baseSeed).append(" to ")
                .append(baseSeed + replicates - 1).append(". A pattern passes when it holds in at least the threshold ")
                .append("share of replicates; a row that lacks an input, or a run too short for its period, is not ")
                .append("evaluable. Criteria, thresholds and their reasons: docs/odd/calibration.md.</p>\n");
        table(h, scores);
        for (Map.Entry<String, JFreeChart> c : charts.entrySet()) {
            h.append("<figure>\n").append(ChartExport.toSvg(c.getValue(), WIDTH, HEIGHT, "chart-" + c.getKey() + "-"))
                    .append("\n</figure>\n");
        }
        provenance(h, provenance);
        h.append("<p>Event data for the initial forces: UCDP GED (CC BY 4.0), Sundberg &amp; Melander (2013), ")
                .append("Davies et al. (2024), Pettersson &amp; Öberg (2020).</p>\n</body>\n</html>\n");
        Files.writeString(dir.resolve(FILE), h.toString(), StandardCharsets.UTF_8);
    }

    private static void table(StringBuilder h, List<Score> scores) {
        h.append("<table>\n<tr><th>row</th><th>criterion</th><th>holds</th><th>share</th><th>threshold</th>")
                .append("<th>verdict</th><th>note</th></tr>\n");
        for (Score s : scores) {
            String cls = s.verdict().label().replace(' ', '-');
            h.append(s.isPatternRow() ? "<tr class=\"pattern\">" : "<tr>").append("<td>").append(esc(s.id()))
                    .append("</td><td>").append(esc(s.text())).append("</td><td>")
                    .append(Double.isNaN(s.share()) ? "-" : s.holds() + "/" + s.replicates()).append("</td><td>")
                    .append(Double.isNaN(s.share()) ? "-" : String.format(Locale.ROOT, "%.2f", s.share()))
                    .append("</td><td>").append(String.format(Locale.ROOT, "%.2f", s.threshold()))
                    .append("</td><td class=\"").append(cls).append("\">").append(s.verdict().label())
                    .append("</td><td>").append(esc(s.needs())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void provenance(StringBuilder h, Provenance p) {
        h.append("<h2>Provenance</h2>\n<ul>\n")
                .append(item("scenario", p.scenarioPath() + " (SHA-256 " + p.scenarioSha256() + ")"));
        for (Provenance.FileHash f : p.inheritedFiles()) {
            h.append(item("inherits", f.path() + " (SHA-256 " + f.sha256() + ")"));
        }
        h.append(item("sahelsim", p.sahelsimVersion() + ", commit " + p.gitCommit()
                        + (Boolean.TRUE.equals(p.gitDirty()) ? " (uncommitted changes)" : "")))
                .append(item("Java / MASON", p.javaVersion() + " / " + p.masonVersion()))
                .append(item("started", p.startTime() + ", wall time " + String.format(Locale.ROOT, "%.0f s", p.wallTimeSeconds())))
                .append(item("arguments", String.join(" ", p.args())))
                .append("</ul>\n");
    }

    private static String item(String k, String v) {
        return "<li><b>" + esc(k) + "</b>: " + esc(v) + "</li>\n";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

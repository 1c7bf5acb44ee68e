package org.sahelsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.output.BatchLayout;
import org.sahelsim.output.BatchStatus;

/**
 * Writes {@code report.html}: one self-contained page (charts embedded as PNG) that says what was
 * run, gives the headline paired differences in plain words with their intervals, shows every
 * chart, plans the replicates, lists the provenance of every run, and states that the results are
 * exploratory, under stated assumptions, and not forecasts. The page depends only on the batch's
 * files, so a merged batch gives the same bytes as the same batch run on one machine.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    /** Writes the report (replacing an older one) and returns its path. */
    public static Path write(BatchResults r, List<ChartFile> charts) throws IOException {
        String html = page(r, charts);
        Path target = r.root().resolve(BatchLayout.REPORT);
        Path tmp = Files.createTempFile(r.root(), ".report.", ".html");
        Files.writeString(tmp, html, StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    static String page(BatchResults r, List<ChartFile> charts) throws IOException {
        String title = r.manifest().experiment() + ": batch report";
        StringBuilder out = new StringBuilder(1 << 20);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Html.esc(title)).append("</title>\n<style>\n").append(ReportText.CSS).append("</style>\n</head>\n")
                .append("<body>\n<h1>").append(Html.esc(title)).append("</h1>\n");
        out.append(partialBanner(r.status()));
        out.append(ReportText.caveat(r.manifest().scenario()));
        out.append(contents(charts));
        out.append(WhatWasRun.section(r));
        out.append(Findings.section(r));
        out.append(chartSections(r, charts));
        out.append(PrecisionSection.section(r));
        out.append(Provenances.section(r));
        out.append(ReportText.definitions());
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static String partialBanner(BatchStatus s) {
        if (s.complete()) {
            return "";
        }
        List<String> missing = s.missing();
        String list = String.join(", ", missing.subList(0, Math.min(20, missing.size())))
                + (missing.size() > 20 ? ", ..." : "");
        return "<p class=\"warning\"><b>Partial batch.</b> Only " + s.finished() + " of " + s.planned()
                + " planned runs had finished when this report was made; estimates rest on fewer replicates than"
                + " planned and arms may rest on different replicates. Missing runs (" + missing.size() + "): "
                + Html.esc(list) + ".</p>\n";
    }

    private static String contents(List<ChartFile> charts) {
        StringBuilder out = new StringBuilder("<nav><b>Contents:</b> <a href=\"#run\">What was run</a> · "
                + "<a href=\"#findings\">Headline paired differences</a>");
        for (String section : sections(charts).keySet()) {
            out.append(" · <a href=\"#").append(anchor(section)).append("\">").append(Html.esc(section)).append("</a>");
        }
        return out.append(" · <a href=\"#precision\">Replicates needed</a> · <a href=\"#provenance\">Provenance</a>"
                + " · <a href=\"#definitions\">Definitions</a></nav>\n").toString();
    }

    private static Map<String, List<ChartFile>> sections(List<ChartFile> charts) {
        Map<String, List<ChartFile>> out = new LinkedHashMap<>();
        for (ChartFile c : charts) {
            out.computeIfAbsent(c.section(), s -> new java.util.ArrayList<>()).add(c);
        }
        return out;
    }

    private static String chartSections(BatchResults r, List<ChartFile> charts) throws IOException {
        StringBuilder out = new StringBuilder();
        Path dir = r.root().resolve(BatchLayout.CHARTS);
        for (Map.Entry<String, List<ChartFile>> e : sections(charts).entrySet()) {
            out.append("<h2 id=\"").append(anchor(e.getKey())).append("\">").append(Html.esc(e.getKey()))
                    .append("</h2>\n");
            for (ChartFile c : e.getValue()) {
                byte[] png = Files.readAllBytes(dir.resolve(c.png()));
                out.append("<figure>\n<img alt=\"").append(Html.esc(c.title())).append("\" src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(png)).append("\">\n<figcaption><b>")
                        .append(Html.esc(c.title())).append(".</b> ").append(Html.esc(c.caption()))
                        .append(" Files: <code>charts/").append(Html.esc(c.png())).append("</code>, <code>charts/")
                        .append(Html.esc(c.svg())).append("</code>.</figcaption>\n</figure>\n");
            }
        }
        return out.toString();
    }

    private static String anchor(String section) {
        return section.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}

package org.sahelsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sahelsim.output.BatchManifest;
import org.sahelsim.output.BatchStatus;
import org.sahelsim.output.Provenance;

/** The report's account of the batch: scenario, horizon, seeds, and every arm with its overrides. */
final class WhatWasRun {
    private WhatWasRun() {
    }

    static String section(BatchResults r) {
        BatchManifest m = r.manifest();
        StringBuilder out = new StringBuilder("<h2 id=\"run\">What was run</h2>\n");
        out.append(Html.table(List.of("", ""), facts(m, r.status())));
        if (!m.commonOverrides().isEmpty()) {
            out.append("<p>Overrides applied to every arm before its own: ").append(overrides(m.commonOverrides()))
                    .append("</p>\n");
        }
        List<List<String>> arms = new ArrayList<>();
        for (BatchManifest.Arm a : m.arms()) {
            arms.add(List.of("<b>" + Html.esc(a.name()) + "</b>" + (a.name().equals(m.reference()) ? " (reference)" : ""),
                    Html.esc(a.description() == null ? "" : a.description()),
                    a.overrides().isEmpty() ? "none: the base scenario" : overrides(a.overrides()),
                    Integer.toString(r.status().runsPerArm().getOrDefault(a.name(), 0))));
        }
        out.append("<h3>Arms</h3>\n").append(Html.table(List.of("Arm", "What it represents", "Overrides", "Runs"), arms));
        return out.toString();
    }

    private static List<List<String>> facts(BatchManifest m, BatchStatus s) {
        List<List<String>> facts = new ArrayList<>();
        facts.add(List.of("Experiment", Html.esc(m.experiment()) + " (<code>" + Html.esc(m.experimentFile())
                + "</code>, SHA-256 <code>" + Html.esc(m.experimentSha256()) + "</code>)"));
        if (m.description() != null) {
            facts.add(List.of("Description", Html.esc(m.description())));
        }
        StringBuilder files = new StringBuilder();
        for (Provenance.FileHash f : m.scenarioFiles()) {
            files.append(files.length() == 0 ? "" : "; extends ").append("<code>").append(Html.esc(f.path()))
                    .append("</code> (SHA-256 <code>").append(Html.esc(f.sha256())).append("</code>)");
        }
        facts.add(List.of("Base scenario", Html.esc(m.scenario()) + ": " + files));
        facts.add(List.of("Simulated period", Html.esc(m.start()) + " to " + Html.esc(m.end()) + ", " + m.weeks()
                + " weekly steps, grid cells of " + m.resolution() + "°"));
        facts.add(List.of("Replicates", m.replicates() + " per arm, " + s.finished() + " of " + s.planned()
                + " runs finished"));
        facts.add(List.of("Seeds", seeds(m.seeds()) + " (replicate <i>i</i> of every arm uses the <i>i</i>-th seed)"));
        facts.add(List.of("Reference arm", Html.esc(m.reference())));
        if (m.design() != null) {
            facts.add(List.of("Design", Html.esc(m.design().type()) + ", " + m.design().points() + " points over "
                    + Html.esc(String.join(", ", m.design().parameters()))
                    + (m.design().seed() != null ? ", design seed " + m.design().seed() : "")));
        }
        facts.add(List.of("Program", "sahelsim " + Html.esc(m.sahelsimVersion()) + ", commit <code>"
                + Html.esc(m.gitCommit()) + "</code>"));
        return facts;
    }

    private static String overrides(Map<String, String> overrides) {
        StringBuilder out = new StringBuilder("<ul class=\"overrides\">");
        overrides.forEach((path, value) -> out.append("<li><code>").append(Html.esc(path)).append(": ")
                .append(Html.esc(value)).append("</code></li>"));
        return out.append("</ul>").toString();
    }

    /** "1000 to 1029 (consecutive)" for a run of more than three consecutive seeds, else the list. */
    static String seeds(List<Long> seeds) {
        boolean consecutive = true;
        for (int i = 1; i < seeds.size(); i++) {
            consecutive &= seeds.get(i) == seeds.get(i - 1) + 1;
        }
        if (consecutive && seeds.size() > 3) {
            return seeds.get(0) + " to " + seeds.get(seeds.size() - 1) + " (consecutive)";
        }
        List<String> text = seeds.stream().map(String::valueOf).toList();
        return String.join(", ", text);
    }
}

package org.sahelsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.output.BatchLayout;
import org.sahelsim.output.BatchManifest;
import org.sahelsim.output.JsonOut;

/**
 * The provenance of every finished run, from its summary.json: program version and commit,
 * Java and MASON versions, and the hashes of the scenario files. Runs that share all of these are
 * grouped, so a batch whose runs came from different builds shows it at once. Times, hosts and
 * command lines are left out: they differ between the shards of one batch without changing results.
 */
final class Provenances {
    /** What makes two runs comparable. */
    record Build(String version, String commit, String dirty, String java, String mason, String scenarioHashes) {
    }

    private Provenances() {
    }

    static String section(BatchResults r) throws IOException {
        BatchManifest m = r.manifest();
        Map<Build, List<String>> groups = new LinkedHashMap<>();
        List<List<String>> rows = new ArrayList<>();
        for (BatchManifest.Run run : m.runs()) {
            var dir = BatchLayout.runDir(r.root(), run);
            if (!BatchLayout.isFinished(dir)) {
                continue;
            }
            JsonNode p = JsonOut.mapper().readTree(dir.resolve(JsonOut.SUMMARY).toFile()).get("provenance");
            Build b = build(p);
            groups.computeIfAbsent(b, x -> new ArrayList<>()).add(run.runId());
            rows.add(List.of(Html.esc(run.runId()), Html.esc(m.arms().get(run.arm()).name()),
                    Integer.toString(run.replicate()), Long.toString(run.seed()), Html.esc(b.version()),
                    "<code>" + Html.esc(shortHash(b.commit())) + "</code>", Html.esc(b.dirty()), Html.esc(b.java()),
                    Html.esc(b.mason()), "<code>" + Html.esc(shortHash(b.scenarioHashes())) + "</code>"));
        }
        StringBuilder out = new StringBuilder("<h2 id=\"provenance\">Provenance of every run</h2>\n");
        out.append(groups.size() == 1 ? "<p>All runs come from the same build and inputs:</p>\n"
                : "<p class=\"warning\">The runs come from " + groups.size() + " different builds or inputs; compare"
                + " them with care.</p>\n");
        List<List<String>> summary = new ArrayList<>();
        groups.forEach((b, ids) -> summary.add(List.of(Integer.toString(ids.size()), Html.esc(b.version()),
                "<code>" + Html.esc(b.commit()) + "</code>", Html.esc(b.dirty()), Html.esc(b.java()), Html.esc(b.mason()),
                "<code>" + Html.esc(b.scenarioHashes()) + "</code>")));
        out.append(Html.table(List.of("Runs", "sahelsim", "Commit", "Uncommitted changes", "Java", "MASON",
                "Scenario SHA-256 (base; inherited)"), summary));
        out.append("<details><summary>Every run (").append(rows.size()).append(")</summary>\n");
        out.append(Html.table(List.of("Run", "Arm", "Replicate", "Seed", "sahelsim", "Commit", "Uncommitted",
                "Java", "MASON", "Scenario SHA-256"), rows));
        out.append("</details>\n");
        return out.toString();
    }

    private static Build build(JsonNode p) {
        StringBuilder hashes = new StringBuilder(text(p, "scenarioSha256"));
        for (JsonNode f : p.path("inheritedFiles")) {
            hashes.append("; ").append(text(f, "sha256"));
        }
        JsonNode dirty = p.get("gitDirty");
        return new Build(text(p, "sahelsimVersion"), text(p, "gitCommit"),
                dirty == null || dirty.isNull() ? "unknown" : dirty.asBoolean() ? "yes" : "no", text(p, "javaVersion"),
                text(p, "masonVersion"), hashes.toString());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "unknown" : v.asText();
    }

    private static String shortHash(String h) {
        return h.length() > 12 ? h.substring(0, 12) : h;
    }
}

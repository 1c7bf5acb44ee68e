package org.sahelsim.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plan of a batch as written to {@code batch.json}: what runs, with which overrides and seeds.
 * Its content depends only on the inputs (no clock, host, path or thread count), so every shard of
 * a batch computes the same bytes, and a resumed or merged batch can check that it continues the
 * same plan.
 *
 * @param format           version of this file's format
 * @param experiment       experiment name
 * @param description      experiment description, or null
 * @param experimentFile   file name of the experiment (without folders)
 * @param experimentSha256 SHA-256 of the experiment file's bytes
 * @param scenario         base scenario's name
 * @param scenarioFiles    base scenario file and the files it extends, as named in the experiment, with hashes
 * @param start            first simulated day (ISO)
 * @param end              first day after the last simulated week (ISO)
 * @param weeks            simulated weeks per run
 * @param resolution       grid cell size, degrees
 * @param replicates       replicates per arm
 * @param seeds            seed of each replicate, shared by all arms
 * @param reference        the arm the others are compared with
 * @param commonOverrides  overrides applied to every arm (path to JSON text of the value), in order
 * @param arms             the arms in order
 * @param design           the design the arms come from, or null for named arms
 * @param precision        precision targets for the replicate planning table
 * @param sahelsimVersion  version of the program that planned the batch
 * @param gitCommit        commit of the program that planned the batch
 */
public record BatchManifest(int format, String experiment, String description, String experimentFile,
                            String experimentSha256, String scenario, List<Provenance.FileHash> scenarioFiles,
                            String start, String end, int weeks, double resolution, int replicates, List<Long> seeds,
                            String reference, Map<String, String> commonOverrides, List<Arm> arms, Design design,
                            Precision precision, String sahelsimVersion, String gitCommit) {

    public static final int FORMAT = 1;

    /** An arm: its name, description and own overrides (path to JSON text of the value). */
    public record Arm(String name, String description, Map<String, String> overrides) {
    }

    /** Where design arms came from: the design type, its points and parameters. */
    public record Design(String type, int points, Long seed, List<String> parameters) {
    }

    /** Targets of the replicate planning table (see {@code ExperimentPrecision}). */
    public record Precision(double relative, Map<String, Double> absolute) {
    }

    /**
     * One run of the batch.
     *
     * @param index     position in canonical order (arm by arm, replicates in order), 0..
     * @param arm       arm index
     * @param replicate replicate index, 0..
     * @param seed      the run's seed, the same for every arm at this replicate
     * @param runId     {@code <arm>-r<replicate>}, in every row the run writes
     * @param folder    folder relative to the batch root
     */
    public record Run(int index, int arm, int replicate, long seed, String runId, String folder) {
    }

    public BatchManifest {
        scenarioFiles = List.copyOf(scenarioFiles);
        seeds = List.copyOf(seeds);
        arms = List.copyOf(arms);
        if (seeds.size() != replicates) {
            throw new IllegalArgumentException(replicates + " replicates need " + replicates + " seeds, got " + seeds.size());
        }
        if (arms.stream().noneMatch(a -> a.name().equals(reference))) {
            throw new IllegalArgumentException("reference arm '" + reference + "' is not among the arms");
        }
    }

    /** Index of the reference arm. */
    public int referenceIndex() {
        for (int a = 0; a < arms.size(); a++) {
            if (arms.get(a).name().equals(reference)) {
                return a;
            }
        }
        throw new IllegalStateException("no reference arm");
    }

    public List<String> armNames() {
        return arms.stream().map(Arm::name).toList();
    }

    /** Every run in canonical order: arm by arm, replicates in order. */
    public List<Run> runs() {
        List<Run> out = new ArrayList<>(arms.size() * replicates);
        for (int a = 0; a < arms.size(); a++) {
            for (int r = 0; r < replicates; r++) {
                String label = replicateLabel(r);
                String arm = arms.get(a).name();
                out.add(new Run(out.size(), a, r, seeds.get(r), arm + "-" + label,
                        BatchLayout.RUNS + "/" + arm + "/" + label));
            }
        }
        return out;
    }

    /** {@code r007}: zero-padded to at least three digits, and to the width of the last replicate. */
    public String replicateLabel(int replicate) {
        int width = Math.max(3, Integer.toString(Math.max(0, replicates - 1)).length());
        return "r" + String.format(java.util.Locale.ROOT, "%0" + width + "d", replicate);
    }

    /** The manifest as written: pretty JSON, the same bytes on every machine. */
    public String toJson() {
        return JsonOut.toJson(this);
    }

    public static BatchManifest read(Path root) throws IOException {
        return JsonOut.mapper().readValue(root.resolve(BatchLayout.MANIFEST).toFile(), BatchManifest.class);
    }

    /**
     * Writes {@code batch.json} into {@code root} unless it is there; if it is, compares. Safe when
     * several processes do it at once: the file appears atomically (a hard link to a complete
     * temporary file), so a reader never sees half of it.
     *
     * @return empty when the folder now holds this plan; otherwise how the plan in the folder differs
     */
    public Optional<String> writeOrCompare(Path root) throws IOException {
        Files.createDirectories(root);
        Path target = root.resolve(BatchLayout.MANIFEST);
        String json = toJson();
        if (!Files.exists(target)) {
            Path tmp = Files.createTempFile(root, ".batch.json.", ".tmp");
            try {
                Files.writeString(tmp, json, StandardCharsets.UTF_8);
                Files.createLink(target, tmp);
                return Optional.empty();
            } catch (FileAlreadyExistsException raced) {
                // Another shard wrote it first: compare with theirs below.
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        String existing = Files.readString(target, StandardCharsets.UTF_8);
        return existing.equals(json) ? Optional.empty() : Optional.of(difference(existing, json));
    }

    /** The first top-level field in which two manifests differ, for an error message. */
    static String difference(String existing, String planned) throws IOException {
        JsonNode old = JsonOut.mapper().readTree(existing);
        JsonNode now = JsonOut.mapper().readTree(planned);
        for (Iterator<String> it = now.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!now.get(field).equals(old.get(field))) {
                return field + " is " + abbreviate(old.get(field)) + " in the folder but " + abbreviate(now.get(field))
                        + " now";
            }
        }
        return "the folder's batch.json differs from the plan";
    }

    private static String abbreviate(JsonNode node) {
        String s = node == null ? "absent" : node.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}

package org.sahelsim.scenario;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sahelsim.scenario.ConfigNode.Mapping;

/**
 * Loads a scenario file into any record tree, strictly: unknown keys, wrong types, out-of-range
 * numbers, unknown enum values and YAML tags are errors that name the file, line, key and what is
 * allowed ({@link ScenarioException}).
 *
 * <p>Steps: read the file and its {@code extends} chain and merge them ({@link ScenarioFiles}),
 * apply overrides ({@link Overrides}), then map the tree to records (keys are component names;
 * omitted keys take their {@code @Param} default, or null when nullable, or empty for lists and
 * maps, or a record built from its own defaults).
 */
public final class StrictYamlLoader {

    private StrictYamlLoader() {
    }

    public static <R extends Record> Loaded<R> load(Path file, Class<R> root) {
        return load(file, root, List.of());
    }

    /** Loads with overrides given as text ({@code "drones.sortiesPerWeek" -> "6"}). */
    public static <R extends Record> Loaded<R> load(Path file, Class<R> root, Map<String, String> overrides) {
        return load(file, root, Overrides.parse(overrides));
    }

    /** Loads with overrides already parsed (see {@link Overrides#fromMapping}). */
    public static <R extends Record> Loaded<R> load(Path file, Class<R> root, List<Overrides.Override> overrides) {
        ScenarioFiles.Merged merged = ScenarioFiles.read(file);
        R value = map(Overrides.apply(merged.tree(), root, overrides), root);
        return new Loaded<>(value, merged.files(), merged.sha256());
    }

    /** Maps an already merged tree (no {@code extends} left in it) to the root record. */
    public static <R extends Record> R map(Mapping tree, Class<R> root) {
        return root.cast(RecordMapper.record(tree, root, ""));
    }

    /** Maps YAML text with no file behind it, e.g. a scenario embedded in a test; {@code label} names it. */
    public static <R extends Record> R parse(String yaml, String label, Class<R> root) {
        ConfigNode tree = YamlParser.parseDocument(yaml.getBytes(StandardCharsets.UTF_8), label);
        return root.cast(RecordMapper.record(tree, root, ""));
    }
}

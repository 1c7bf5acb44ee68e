package org.sahelsim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable YAML tree that remembers where each node came from. Files are read into it, merged
 * through {@code extends}, patched by overrides and only then mapped to records, so every error can
 * still point at the file and line that caused it, even after merging.
 *
 * <p>A record component of type {@code ConfigNode} receives the raw subtree unmapped; experiment
 * files use this to carry override mappings whose values are typed by the scenario, not by them.
 */
public sealed interface ConfigNode permits ConfigNode.Mapping, ConfigNode.Sequence, ConfigNode.Scalar {

    Origin origin();

    /** How the node reads in an error message: a quoted string, a bare number, "a mapping". */
    String describe();

    /** One key of a mapping, with the position of the key itself (unknown-key errors point there). */
    record Entry(String key, Origin keyOrigin, ConfigNode value) {
    }

    /** A YAML mapping; entries keep file order. */
    record Mapping(Map<String, Entry> entries, Origin origin) implements ConfigNode {

        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public static Mapping empty(Origin origin) {
            return new Mapping(Map.of(), origin);
        }

        /** The entry for a key, or null. */
        public Entry get(String key) {
            return entries.get(key);
        }

        /** A copy with one key set (replaced in place, or appended when new). */
        public Mapping with(Entry entry) {
            Map<String, Entry> copy = new LinkedHashMap<>(entries);
            copy.put(entry.key(), entry);
            return new Mapping(copy, origin);
        }

        /** A copy without a key. */
        public Mapping without(String key) {
            Map<String, Entry> copy = new LinkedHashMap<>(entries);
            copy.remove(key);
            return new Mapping(copy, origin);
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** A YAML sequence. */
    record Sequence(List<ConfigNode> items, Origin origin) implements ConfigNode {

        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A YAML scalar with its text as written and its type under the YAML 1.2 core schema. */
    record Scalar(String text, ScalarKind kind, Origin origin) implements ConfigNode {

        public boolean isNull() {
            return kind == ScalarKind.NULL;
        }

        @Override
        public String describe() {
            return switch (kind) {
                case STRING -> "'" + text + "'";
                case NULL -> "null";
                default -> text;
            };
        }
    }
}

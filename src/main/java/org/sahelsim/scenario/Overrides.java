package org.sahelsim.scenario;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sahelsim.scenario.ConfigNode.Entry;
import org.sahelsim.scenario.ConfigNode.Mapping;
import org.sahelsim.scenario.ConfigNode.Scalar;
import org.sahelsim.scenario.ConfigNode.Sequence;
import org.sahelsim.scenario.ScenarioException.Kind;

/**
 * Dotted-path overrides ({@code drones.sortiesPerWeek: 6}, {@code factions.ISSP.treasury: 2},
 * {@code events.0.count: 50}) applied to a merged tree before it is mapped. Paths are resolved
 * against the record types, not the tree, so a key the file leaves to its default can be overridden
 * too; a path that names no key of the record tree is an error naming the override.
 *
 * <p>Segments are record keys, map keys (enum keys in either accepted spelling) or list indices.
 * A map key that itself contains a dot cannot be addressed. Values are YAML, so an override may set
 * a whole list ({@code [a, b]}) or mapping; it replaces what was there, it does not merge.
 */
public final class Overrides {

    /** One override: a dotted path, the YAML value to put there, and where the override came from. */
    public record Override(String path, ConfigNode value, Origin origin) {
    }

    private final Override override;
    private final String[] segments;

    private Overrides(Override override) {
        this.override = override;
        this.segments = override.path().split("\\.", -1);
    }

    /**
     * Overrides given as text, e.g. on a command line; each value is parsed as YAML. Applied in path
     * order, so a whole-mapping override comes before the overrides of keys inside it.
     */
    public static List<Override> parse(Map<String, String> overrides) {
        List<Override> out = new ArrayList<>();
        new TreeMap<>(overrides).forEach((path, text) -> {
            String label = "override " + path;
            out.add(new Override(path, YamlParser.parseFragment(text, label), Origin.of(label)));
        });
        return out;
    }

    /** Overrides written as a YAML mapping of dotted paths (an experiment file), in file order. */
    public static List<Override> fromMapping(Mapping overrides) {
        return overrides.entries().values().stream()
                .map(e -> new Override(e.key(), e.value(), e.keyOrigin())).toList();
    }

    /** The tree with every override applied in order; the input tree is left unchanged. */
    public static Mapping apply(Mapping tree, Class<?> root, List<Override> overrides) {
        Mapping out = tree;
        for (Override override : overrides) {
            out = (Mapping) new Overrides(override).set(out, root, 0, "");
        }
        return out;
    }

    private ConfigNode set(ConfigNode current, Type type, int i, String path) {
        if (i == segments.length) {
            return override.value();
        }
        String segment = segments[i];
        if (segment.isEmpty()) {
            throw error("empty key in the path");
        }
        Class<?> raw = Types.raw(type);
        if (raw.isRecord()) {
            return setInRecord(mapping(current, path), raw, i, path, false);
        }
        if (Types.isSealedInterface(raw)) {
            return setInVariant(mapping(current, path), raw, i, path);
        }
        if (Types.isMap(raw)) {
            return setInMap(mapping(current, path), Types.argument(type, 0), Types.argument(type, 1), i, path);
        }
        if (raw == ConfigNode.class) {
            return setInMap(mapping(current, path), String.class, ConfigNode.class, i, path);
        }
        if (Types.isList(raw)) {
            return setInList(current, Types.argument(type, 0), i, path);
        }
        throw error(ValueMapper.label(path) + " is a single value and has no key '" + segment + "'");
    }

    private Mapping setInRecord(Mapping mapping, Class<?> record, int i, String path, boolean variant) {
        String key = segments[i];
        if (variant && key.equals(Types.TYPE_KEY)) {
            return put(mapping, key, set(null, String.class, i + 1, ValueMapper.join(path, key)));
        }
        RecordComponent component = Types.component(record, key);
        if (component == null) {
            List<String> keys = new ArrayList<>(Types.keys(record));
            if (variant) {
                keys.add(Types.TYPE_KEY);
            }
            throw error("no key '" + key + "' " + ValueMapper.where(path) + "; valid keys: "
                    + String.join(", ", keys.stream().sorted().toList()));
        }
        Entry entry = mapping.get(key);
        ConfigNode value = set(entry == null ? null : entry.value(), component.getGenericType(), i + 1,
                ValueMapper.join(path, key));
        return put(mapping, key, value);
    }

    private Mapping setInVariant(Mapping mapping, Class<?> sealed, int i, String path) {
        Entry type = mapping.get(Types.TYPE_KEY);
        Class<?> variant = type != null && type.value() instanceof Scalar s ? Types.variant(sealed, s.text()) : null;
        if (variant == null && !segments[i].equals(Types.TYPE_KEY)) {
            throw error(ValueMapper.label(path) + " has no valid 'type', so key '" + segments[i]
                    + "' cannot be resolved; allowed types: " + String.join(", ", Types.variantNames(sealed)));
        }
        return setInRecord(mapping, variant, i, path, true);
    }

    private Mapping setInMap(Mapping mapping, Type keyType, Type valueType, int i, String path) {
        String key = segments[i];
        Class<?> keyClass = Types.raw(keyType);
        if (keyClass.isEnum()) {
            key = enumKey(mapping, keyClass, key, path);
        }
        Entry entry = mapping.get(key);
        ConfigNode value = set(entry == null ? null : entry.value(), valueType, i + 1, ValueMapper.join(path, key));
        return put(mapping, key, value);
    }

    /** The key as the tree spells it (ISSP or issp), so an override never adds a second spelling. */
    private String enumKey(Mapping mapping, Class<?> keyClass, String key, String path) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object constant = Names.parseEnum((Class) keyClass, key);
        if (constant == null) {
            throw error(Names.unknownEnum(keyClass, key, ValueMapper.label(path) + " key"));
        }
        for (String existing : mapping.entries().keySet()) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            Object other = Names.parseEnum((Class) keyClass, existing);
            if (constant.equals(other)) {
                return existing;
            }
        }
        return key;
    }

    private Sequence setInList(ConfigNode current, Type element, int i, String path) {
        String segment = segments[i];
        if (!(current instanceof Sequence sequence)) {
            throw error(ValueMapper.label(path) + " is not a list in the scenario, so it has no item " + segment);
        }
        int index = segment.matches("[0-9]{1,9}") ? Integer.parseInt(segment) : -1;
        if (index < 0 || index >= sequence.items().size()) {
            throw error(ValueMapper.label(path) + " has no item '" + segment + "'; indices are 0.."
                    + (sequence.items().size() - 1));
        }
        List<ConfigNode> items = new ArrayList<>(sequence.items());
        items.set(index, set(items.get(index), element, i + 1, path + "[" + index + "]"));
        return new Sequence(items, sequence.origin());
    }

    private Mapping mapping(ConfigNode current, String path) {
        if (current == null || current instanceof Scalar s && s.isNull()) {
            return Mapping.empty(override.origin());
        }
        if (current instanceof Mapping mapping) {
            return mapping;
        }
        throw error(ValueMapper.label(path) + " is " + current.describe() + " in the scenario, not a mapping");
    }

    private Mapping put(Mapping mapping, String key, ConfigNode value) {
        Entry existing = mapping.get(key);
        return mapping.with(new Entry(key, existing == null ? override.origin() : existing.keyOrigin(), value));
    }

    private ScenarioException error(String reason) {
        return new ScenarioException(Kind.OVERRIDE, override.origin(), override.path(),
                "unknown override path '" + override.path() + "': " + reason);
    }
}

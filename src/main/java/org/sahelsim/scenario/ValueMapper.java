package org.sahelsim.scenario;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.model.Param;
import org.sahelsim.scenario.ConfigNode.Entry;
import org.sahelsim.scenario.ConfigNode.Mapping;
import org.sahelsim.scenario.ConfigNode.Scalar;
import org.sahelsim.scenario.ConfigNode.Sequence;
import org.sahelsim.scenario.ScenarioException.Kind;

/**
 * Maps a node to a value of a declared Java type: dispatches to records, lists, maps and scalars.
 * A component's {@code @Param} range travels down to the numbers inside its lists and maps.
 */
final class ValueMapper {

    private ValueMapper() {
    }

    static Object map(ConfigNode node, Type type, Param param, String path) {
        Class<?> raw = Types.raw(type);
        if (raw == ConfigNode.class) {
            return node;
        }
        if (Types.isList(raw)) {
            return list(node, Types.argument(type, 0), param, path);
        }
        if (Types.isMap(raw)) {
            return map(node, Types.argument(type, 0), Types.argument(type, 1), param, path);
        }
        if (raw.isRecord()) {
            return RecordMapper.record(node, raw, path);
        }
        if (Types.isSealedInterface(raw)) {
            return RecordMapper.variant(node, raw, path);
        }
        return ScalarMapper.map(node, raw, param, path);
    }

    private static List<Object> list(ConfigNode node, Type element, Param param, String path) {
        if (!(node instanceof Sequence sequence)) {
            throw ScalarMapper.typeError(node, "a list", path);
        }
        List<Object> out = new ArrayList<>();
        for (ConfigNode item : sequence.items()) {
            out.add(map(item, element, param, path + "[" + out.size() + "]"));
        }
        return Collections.unmodifiableList(out);
    }

    private static Map<Object, Object> map(ConfigNode node, Type keyType, Type valueType, Param param,
            String path) {
        if (!(node instanceof Mapping mapping)) {
            throw ScalarMapper.typeError(node, "a mapping", path);
        }
        Class<?> keyClass = Types.raw(keyType);
        Map<Object, Object> out = newMap(keyClass);
        Map<Object, String> spelledAs = new HashMap<>();
        for (Entry entry : mapping.entries().values()) {
            Object key = key(entry, keyClass, path);
            String previous = spelledAs.putIfAbsent(key, entry.key());
            if (previous != null) {
                throw new ScenarioException(Kind.DUPLICATE_KEY, entry.keyOrigin(), path, "duplicate key '"
                        + entry.key() + "' in " + label(path) + ": same as '" + previous + "'");
            }
            out.put(key, map(entry.value(), valueType, param, join(path, entry.key())));
        }
        return Collections.unmodifiableMap(out);
    }

    /** What an omitted map key becomes: empty, but of the same kind as a written one. */
    static Map<Object, Object> emptyMap(Class<?> keyClass) {
        return Collections.unmodifiableMap(newMap(keyClass));
    }

    /** An EnumMap for enum keys (enum order), a LinkedHashMap otherwise (file order). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<Object, Object> newMap(Class<?> keyClass) {
        if (keyClass.isEnum()) {
            return new EnumMap(keyClass);
        }
        if (keyClass != String.class) {
            throw new IllegalStateException("map keys must be String or an enum, not " + keyClass.getName());
        }
        return new LinkedHashMap<>();
    }

    private static Object key(Entry entry, Class<?> keyClass, String path) {
        if (keyClass == String.class) {
            return entry.key();
        }
        // Keys are text in the tree; the kind matters only for the enum check (quoted or plain).
        Scalar key = new Scalar(entry.key(), ScalarKind.STRING, entry.keyOrigin());
        return ScalarMapper.enumConstant(key, keyClass, path, label(path) + " key");
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** "at top level" or "in drones", after a key in messages. */
    static String where(String path) {
        return path.isEmpty() ? "at top level" : "in " + path;
    }

    /** The path as shown in messages. */
    static String label(String path) {
        return path.isEmpty() ? "top level" : path;
    }
}

package org.sahelsim.scenario;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.sahelsim.scenario.ConfigNode.Entry;
import org.sahelsim.scenario.ConfigNode.Mapping;
import org.sahelsim.scenario.ConfigNode.Scalar;
import org.sahelsim.scenario.ScenarioException.Kind;

/**
 * Builds records from mappings: rejects unknown keys, fills omitted keys from {@code @Param}, picks
 * the record of a sealed interface by its {@code type:} key, and calls the canonical constructor so
 * the record's own checks run (their errors get the position of the record's mapping).
 */
final class RecordMapper {

    /** The top-level key that the file loader resolves; listed so a typo of it gets a helpful hint. */
    static final String EXTENDS = "extends";

    private RecordMapper() {
    }

    static Object record(ConfigNode node, Class<?> type, String path) {
        return build(asMapping(node, path), type, path, List.of());
    }

    static Object variant(ConfigNode node, Class<?> sealed, String path) {
        Mapping mapping = asMapping(node, path);
        List<String> allowed = Types.variantNames(sealed);
        Entry type = mapping.get(Types.TYPE_KEY);
        if (type == null) {
            throw new ScenarioException(Kind.MISSING_KEY, mapping.origin(), path, "missing key 'type' "
                    + ValueMapper.where(path) + "; allowed types: " + String.join(", ", allowed));
        }
        Class<?> chosen = type.value() instanceof Scalar s && s.kind() == ScalarKind.STRING
                ? Types.variant(sealed, s.text()) : null;
        if (chosen == null) {
            throw new ScenarioException(Kind.UNKNOWN_TYPE, type.value().origin(), path, "unknown type "
                    + type.value().describe() + " " + ValueMapper.where(path) + "; allowed types: "
                    + String.join(", ", allowed));
        }
        return build(mapping, chosen, path, List.of(Types.TYPE_KEY));
    }

    private static Mapping asMapping(ConfigNode node, String path) {
        if (node instanceof Mapping mapping) {
            return mapping;
        }
        throw ScalarMapper.typeError(node, "a mapping", path);
    }

    private static Object build(Mapping mapping, Class<?> type, String path, List<String> reserved) {
        rejectUnknownKeys(mapping, type, path, reserved);
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = component(mapping, components[i], path);
        }
        return construct(type, components, args, mapping, path);
    }

    private static void rejectUnknownKeys(Mapping mapping, Class<?> type, String path, List<String> reserved) {
        for (Entry entry : mapping.entries().values()) {
            String key = entry.key();
            if (Types.component(type, key) != null || reserved.contains(key)) {
                continue;
            }
            if (path.isEmpty() && key.equals(EXTENDS)) {
                throw new ScenarioException(Kind.UNKNOWN_KEY, entry.keyOrigin(), key,
                        "'extends' is only resolved when a scenario is loaded from a file");
            }
            throw new ScenarioException(Kind.UNKNOWN_KEY, entry.keyOrigin(), ValueMapper.join(path, key),
                    "unknown key '" + key + "' " + ValueMapper.where(path) + "; valid keys: "
                            + validKeys(type, path, reserved));
        }
    }

    private static String validKeys(Class<?> type, String path, List<String> reserved) {
        List<String> keys = new ArrayList<>(Types.keys(type));
        keys.addAll(reserved);
        if (path.isEmpty()) {
            keys.add(EXTENDS);
        }
        return String.join(", ", keys.stream().sorted().toList());
    }

    private static Object component(Mapping mapping, RecordComponent component, String path) {
        String key = ValueMapper.join(path, component.getName());
        Entry entry = mapping.get(component.getName());
        if (entry == null) {
            return omitted(mapping, component, path);
        }
        if (entry.value() instanceof Scalar s && s.isNull() && Types.nullable(component)) {
            return null;
        }
        return ValueMapper.map(entry.value(), component.getGenericType(), Types.param(component), key);
    }

    /** The value of a key the file left out; the rules match {@link Types#optional}. */
    private static Object omitted(Mapping mapping, RecordComponent component, String path) {
        String key = ValueMapper.join(path, component.getName());
        Class<?> raw = component.getType();
        String def = Types.def(component);
        if (!def.isEmpty()) {
            String label = "@Param(def) of " + component.getDeclaringRecord().getSimpleName() + "."
                    + component.getName();
            return ValueMapper.map(YamlParser.parseFragment(def, label), component.getGenericType(),
                    Types.param(component), key);
        }
        if (Types.nullable(component)) {
            if (raw.isPrimitive()) {
                throw new IllegalStateException(key + " is nullable but primitive; use the boxed type");
            }
            return null;
        }
        if (Types.isList(raw)) {
            return List.of();
        }
        if (Types.isMap(raw)) {
            return ValueMapper.emptyMap(Types.raw(Types.argument(component.getGenericType(), 0)));
        }
        if (raw.isRecord() && Types.allOptional(raw)) {
            return record(Mapping.empty(mapping.origin()), raw, key);
        }
        throw new ScenarioException(Kind.MISSING_KEY, mapping.origin(), key,
                "missing key '" + component.getName() + "' " + ValueMapper.where(path));
    }

    private static Object construct(Class<?> type, RecordComponent[] components, Object[] args,
            Mapping mapping, String path) {
        Class<?>[] signature = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            signature[i] = components[i].getType();
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(signature);
            // Fixture and parameter records may be package-private; their constructors are ours to call.
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw recordCheck(e.getCause(), mapping, path);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    private static RuntimeException recordCheck(Throwable cause, Mapping mapping, String path) {
        if (cause instanceof IllegalArgumentException) {
            String where = path.isEmpty() ? "" : path + ": ";
            return new ScenarioException(Kind.RECORD_CHECK, mapping.origin(), path,
                    where + cause.getMessage(), cause);
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IllegalStateException(cause);
    }
}

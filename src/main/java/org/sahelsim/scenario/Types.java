package org.sahelsim.scenario;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sahelsim.model.Param;

/**
 * Reflection over the record tree, shared by the mapper, the override resolver and the schema
 * generator so that all three agree on what a key may hold and whether it may be omitted.
 */
final class Types {

    /** The discriminator key of a sealed interface's records. */
    static final String TYPE_KEY = "type";

    private Types() {
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("unsupported parameter type " + type);
    }

    /** The i-th type argument of {@code List<T>} or {@code Map<K, V>}. */
    static Type argument(Type type, int i) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[i];
        }
        throw new IllegalStateException("raw collection type " + type + "; declare its element type");
    }

    static boolean isList(Class<?> raw) {
        return raw == List.class;
    }

    static boolean isMap(Class<?> raw) {
        return raw == Map.class;
    }

    static boolean isSealedInterface(Class<?> raw) {
        return raw.isInterface() && raw.isSealed();
    }

    /** The permitted records of a sealed interface, in declaration order. */
    static List<Class<?>> variants(Class<?> sealed) {
        List<Class<?>> out = new ArrayList<>();
        for (Class<?> permitted : sealed.getPermittedSubclasses()) {
            if (!permitted.isRecord()) {
                throw new IllegalStateException(sealed.getName() + " permits " + permitted.getName()
                        + ", which is not a record; scenario files can only build records");
            }
            if (component(permitted, TYPE_KEY) != null) {
                throw new IllegalStateException(permitted.getName() + " has a component named '"
                        + TYPE_KEY + "', which is reserved for choosing the record");
            }
            out.add(permitted);
        }
        return out;
    }

    /** The variant whose kebab-case name is {@code name}, or null. */
    static Class<?> variant(Class<?> sealed, String name) {
        for (Class<?> variant : variants(sealed)) {
            if (Names.kebab(variant).equals(name)) {
                return variant;
            }
        }
        return null;
    }

    static List<String> variantNames(Class<?> sealed) {
        return variants(sealed).stream().map(Names::kebab).toList();
    }

    static RecordComponent component(Class<?> record, String name) {
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** Component names sorted, for "valid keys:" lists. */
    static List<String> keys(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).sorted().toList();
    }

    static Param param(RecordComponent component) {
        return component.getAnnotation(Param.class);
    }

    static String def(RecordComponent component) {
        Param param = param(component);
        return param == null ? "" : param.def();
    }

    static boolean nullable(RecordComponent component) {
        Param param = param(component);
        return param != null && param.nullable();
    }

    /**
     * True when the key may be left out: it has a default, is nullable, is a list or map (empty),
     * or is a record all of whose keys may be left out.
     */
    static boolean optional(RecordComponent component) {
        if (!def(component).isEmpty() || nullable(component)) {
            return true;
        }
        Class<?> raw = component.getType();
        return isList(raw) || isMap(raw) || (raw.isRecord() && allOptional(raw));
    }

    static boolean allOptional(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).allMatch(Types::optional);
    }

    /** Words for "expected ..." messages. */
    static String expected(Class<?> raw) {
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return "an integer";
        }
        if (raw == double.class || raw == Double.class) {
            return "a number";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "true or false";
        }
        if (raw == LocalDate.class) {
            return "a date like 2026-06-01";
        }
        if (isList(raw)) {
            return "a list";
        }
        return raw == String.class ? "a string" : "a mapping";
    }
}

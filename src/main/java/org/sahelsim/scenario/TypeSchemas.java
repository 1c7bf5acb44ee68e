package org.sahelsim.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Type;
import java.time.LocalDate;
import org.sahelsim.model.Param;

/**
 * The JSON schema of one Java type as the loader reads it: the same scalar rules as
 * {@link ScalarMapper}, the same bounds ({@link NumberBounds}), the same enum spellings
 * ({@link Names}). Records and sealed interfaces are delegated back to {@link SchemaGenerator}.
 */
final class TypeSchemas {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private TypeSchemas() {
    }

    /** {@code partial} marks a place that an {@code extends} child may fill in only in part. */
    static ObjectNode of(Type type, Param param, boolean partial, SchemaGenerator records) {
        Class<?> raw = Types.raw(type);
        if (raw == ConfigNode.class) {
            return JSON.objectNode();
        }
        if (Types.isList(raw)) {
            ObjectNode out = typed("array");
            // A child's list replaces the parent's whole, so its items are complete even in a partial file.
            out.set("items", of(Types.argument(type, 0), param, false, records));
            return out;
        }
        if (Types.isMap(raw)) {
            return map(type, param, partial, records);
        }
        if (raw.isRecord()) {
            return records.recordRef(raw, partial);
        }
        if (Types.isSealedInterface(raw)) {
            return records.sealedRef(raw, partial);
        }
        if (raw.isEnum()) {
            return records.enumRef(raw);
        }
        return scalar(raw, param);
    }

    private static ObjectNode map(Type type, Param param, boolean partial, SchemaGenerator records) {
        ObjectNode out = typed("object");
        Class<?> key = Types.raw(Types.argument(type, 0));
        if (key.isEnum()) {
            out.set("propertyNames", records.enumRef(key));
        } else if (key != String.class) {
            throw new IllegalStateException("map keys must be String or an enum, not " + key.getName());
        }
        out.set("additionalProperties", of(Types.argument(type, 1), param, partial, records));
        return out;
    }

    static ObjectNode scalar(Class<?> raw, Param param) {
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return bounded(typed("integer"), raw, param);
        }
        if (raw == double.class || raw == Double.class) {
            return bounded(typed("number"), raw, param);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return typed("boolean");
        }
        if (raw == String.class) {
            return typed("string");
        }
        if (raw == LocalDate.class) {
            ObjectNode out = typed("string");
            out.put("format", "date");
            out.put("pattern", ScalarMapper.DATE_PATTERN);
            return out;
        }
        if (raw.isEnum()) {
            ObjectNode out = typed("string");
            out.set("enum", spellings(raw));
            return out;
        }
        throw new IllegalStateException("unsupported component type " + raw.getName());
    }

    private static ObjectNode bounded(ObjectNode out, Class<?> raw, Param param) {
        NumberBounds bounds = NumberBounds.of(raw, param);
        if (bounds.min() != null) {
            out.set("minimum", TreeJson.number(bounds.min()));
        }
        if (bounds.max() != null) {
            out.set("maximum", TreeJson.number(bounds.max()));
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ArrayNode spellings(Class<?> enumType) {
        ArrayNode out = JSON.arrayNode();
        Names.spellings((Class) enumType).forEach(s -> out.add((String) s));
        return out;
    }

    private static ObjectNode typed(String type) {
        return JSON.objectNode().put("type", type);
    }

    /** True when the type is a number, or a list or map of numbers: such keys get a unit. */
    static boolean numeric(Type type) {
        Class<?> raw = Types.raw(type);
        if (Types.isList(raw)) {
            return numeric(Types.argument(type, 0));
        }
        if (Types.isMap(raw)) {
            return numeric(Types.argument(type, 1));
        }
        return raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                || raw == double.class || raw == Double.class;
    }
}

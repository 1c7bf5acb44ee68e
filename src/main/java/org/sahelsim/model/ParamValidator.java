package org.sahelsim.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/**
 * Checks the {@link Param} ranges of a record built in code, the way the scenario loader checks them
 * for records read from YAML. It walks nested records, lists and map values, so one call on the
 * root parameter record validates the whole tree. Uses only java.lang.reflect: the model must stay
 * free of I/O and YAML.
 */
public final class ParamValidator {

    private ParamValidator() {
    }

    /**
     * @throws IllegalArgumentException "key = value is out of range; allowed min..max" for the first
     *     value outside its {@link Param} range (NaN is never in range)
     */
    public static void validate(Object record) {
        if (record == null || !record.getClass().isRecord()) {
            throw new IllegalArgumentException("not a record: " + record);
        }
        validateRecord(record, "");
    }

    /** True when min ≤ value ≤ max; false for NaN, so a NaN never slips through an open bound. */
    public static boolean inRange(double value, Param param) {
        return value >= param.min() && value <= param.max();
    }

    /** The one message format for range errors, shared with the scenario loader. */
    public static String outOfRange(String key, String value, String min, String max) {
        return key + " = " + value + " is out of range; allowed " + min + ".." + max;
    }

    /** Formats a bound or value: 100 rather than 100.0, inf for an open bound. */
    public static String format(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    private static void validateRecord(Object record, String path) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            String key = path.isEmpty() ? component.getName() : path + "." + component.getName();
            check(read(component, record), key, component.getAnnotation(Param.class));
        }
    }

    private static void check(Object value, String key, Param param) {
        if (value == null) {
            return;
        }
        if (value instanceof Number number) {
            checkNumber(number.doubleValue(), key, param);
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                check(item, key + "[" + i++ + "]", param);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                check(entry.getValue(), key + "." + entry.getKey(), param);
            }
        } else if (value.getClass().isRecord()) {
            validateRecord(value, key);
        }
    }

    private static void checkNumber(double value, String key, Param param) {
        if (param != null && !inRange(value, param)) {
            throw new IllegalArgumentException(
                    outOfRange(key, format(value), format(param.min()), format(param.max())));
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            var accessor = component.getAccessor();
            // Parameter records may be package-private; their accessors are still ours to call.
            accessor.trySetAccessible();
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of "
                    + record.getClass().getName(), e);
        }
    }
}

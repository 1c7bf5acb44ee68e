package org.sahelsim.gui;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Locale;
import java.util.Map;
import org.sahelsim.model.Param;
import org.sahelsim.model.config.ScenarioConfig;

/**
 * One scenario parameter offered in the Model tab, addressed by its dotted scenario path
 * ({@code combat.lethality}, {@code factions.AFRICA_CORPS.enabled}). Type, range, unit and meaning
 * come from the parameter's {@link Param} annotation, so the slider can never leave the range the
 * scenario loader accepts.
 */
public final class Setting {
    /** How the value is edited: a slider for numbers, a check box for switches. */
    public enum Kind { REAL, INTEGER, SWITCH }

    public final String path;
    public final String label;
    public final Kind kind;
    /** Allowed range (for numbers), from the annotation. */
    public final double min;
    public final double max;
    public final String unit;
    public final String doc;
    public final String source;
    private final String[] segments;
    /** Declared type of the value each segment leads to; a map entry left out takes its {@code defaults()}. */
    private final Class<?>[] types;

    private Setting(String path, String label, Kind kind, Param p, Class<?>[] types) {
        this.path = path;
        this.segments = path.split("\\.", -1);
        this.types = types;
        this.label = label;
        this.kind = kind;
        this.min = p.min();
        this.max = p.max();
        this.unit = p.unit();
        this.doc = p.doc();
        this.source = p.source();
    }

    /**
     * Resolves {@code path} against the scenario records.
     *
     * @throws IllegalArgumentException when the path names no parameter, names a value that is
     *                                  not a number or switch, or a number without a finite range
     */
    public static Setting of(String path, String label) {
        RecordComponent last = null;
        Type type = ScenarioConfig.class;
        String[] segments = path.split("\\.", -1);
        Class<?>[] types = new Class<?>[segments.length];
        for (int k = 0; k < segments.length; k++) {
            String segment = segments[k];
            Class<?> raw = raw(type);
            if (raw.isRecord()) {
                last = component(raw, segment, path);
                type = last.getGenericType();
            } else if (Map.class.isAssignableFrom(raw) && type instanceof ParameterizedType pt) {
                enumKey(raw(pt.getActualTypeArguments()[0]), segment, path);
                last = null;
                type = pt.getActualTypeArguments()[1];
            } else {
                throw new IllegalArgumentException(path + ": '" + segment + "' is inside a single value");
            }
            types[k] = raw(type);
        }
        Param p = last == null ? null : last.getAnnotation(Param.class);
        if (p == null) {
            throw new IllegalArgumentException(path + ": not a documented parameter");
        }
        Kind kind = kindOf(raw(type), path);
        if (kind != Kind.SWITCH && !(Double.isFinite(p.min()) && Double.isFinite(p.max()))) {
            throw new IllegalArgumentException(path + ": needs a finite range for a slider");
        }
        return new Setting(path, label, kind, p, types);
    }

    /** The value this parameter has in {@code config} (Double, Integer or Boolean). */
    public Object read(ScenarioConfig config) {
        Object at = config;
        for (int k = 0; k < segments.length; k++) {
            at = step(at, segments[k], types[k]);
        }
        return at;
    }

    /** {@code value} as this setting's type, clamped to its range. */
    public Object coerce(Object value) {
        return switch (kind) {
            case SWITCH -> value instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(value));
            case INTEGER -> (int) Math.round(Math.max(min, Math.min(max, number(value))));
            case REAL -> Math.max(min, Math.min(max, number(value)));
        };
    }

    /** The value as a YAML scalar for an override. */
    public String yaml(Object value) {
        return kind == Kind.REAL ? Double.toString((Double) value) : String.valueOf(value);
    }

    /** Tooltip: meaning, unit, range, source and the scenario key. */
    public String description() {
        String range = kind == Kind.SWITCH ? "on/off" : fmt(min) + " to " + fmt(max) + ("1".equals(unit) ? "" : " " + unit);
        return "<html>" + doc + "<br>range: " + range + "<br>source: " + source + "<br>scenario key: <tt>" + path
                + "</tt></html>";
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%s", v);
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(value));
    }

    private static Object step(Object at, String segment, Class<?> type) {
        try {
            if (at instanceof Record r) {
                return component(r.getClass(), segment, segment).getAccessor().invoke(r);
            }
            for (Map.Entry<?, ?> e : ((Map<?, ?>) at).entrySet()) {
                if (((Enum<?>) e.getKey()).name().equalsIgnoreCase(segment.replace('-', '_'))) {
                    return e.getValue();
                }
            }
            return type.getMethod("defaults").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read '" + segment + "' of the scenario", e);
        }
    }

    private static RecordComponent component(Class<?> record, String name, String path) {
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException(path + ": no key '" + name + "' in " + record.getSimpleName());
    }

    private static void enumKey(Class<?> keyType, String segment, String path) {
        if (!keyType.isEnum()) {
            throw new IllegalArgumentException(path + ": map keys of " + keyType.getSimpleName() + " are not supported");
        }
        for (Object c : keyType.getEnumConstants()) {
            if (((Enum<?>) c).name().equalsIgnoreCase(segment.replace('-', '_'))) {
                return;
            }
        }
        throw new IllegalArgumentException(path + ": '" + segment + "' is not a " + keyType.getSimpleName());
    }

    private static Kind kindOf(Class<?> type, String path) {
        if (type == double.class) {
            return Kind.REAL;
        }
        if (type == int.class) {
            return Kind.INTEGER;
        }
        if (type == boolean.class) {
            return Kind.SWITCH;
        }
        throw new IllegalArgumentException(path + ": a " + type.getSimpleName() + " cannot be a slider or switch");
    }

    private static Class<?> raw(Type t) {
        return t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
    }
}

package org.sahelsim.gui;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.sahelsim.model.Param;
import org.sahelsim.model.config.ScenarioConfig;

/**
 * One scenario parameter offered in the Model tab, addressed by its dotted scenario path
 * ({@code combat.lethality}, {@code factions.AFRICA_CORPS.enabled}). Type, range, unit and meaning
 * come from the parameter's {@link Param} annotation, so the slider can never leave the range the
 * scenario loader accepts.
 *
 * <p>Three forms: {@link #of} for a number or switch of the record tree; {@link #entry} for one
 * entry of a faction-keyed map of numbers, whose absent entries take a value the rule computes; and
 * {@link #fromStart} for a nullable date parameter offered as a switch (on: in effect from the
 * scenario's start; off: never).
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
    /** The value the model uses, when it is not simply the one at the path (absent map entries, dates); else null. */
    private final Reader reader;
    /** True for a {@link #fromStart} switch: on writes the scenario's start date, off writes null. */
    private final boolean startDate;

    /** Reads a setting's value from a scenario. */
    private interface Reader {
        Object read(ScenarioConfig config);
    }

    private Setting(String path, String label, Kind kind, Param p, Class<?>[] types, Reader reader, boolean startDate) {
        this.path = path;
        this.segments = path.split("\\.", -1);
        this.types = types;
        this.reader = reader;
        this.startDate = startDate;
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
        Resolved r = resolve(path);
        if (r.inMap) {
            throw new IllegalArgumentException(path + ": an entry of a map; give the value of an absent entry (Setting.entry)");
        }
        Kind kind = kindOf(r.type, path);
        return new Setting(path, label, checked(kind, r.param, path), r.param, r.types, null, false);
    }

    /**
     * One entry of a map of numbers keyed by an enum ({@code drones.intelSharing.NIGER}), ranged by the
     * map's {@link Param}. {@code effective} gives the value the rule uses, so an entry the scenario
     * leaves out shows the rule's default for it (for example {@code DroneParams.sharing}).
     *
     * @throws IllegalArgumentException when the path does not end in such an entry
     */
    public static Setting entry(String path, String label, ToDoubleFunction<ScenarioConfig> effective) {
        Resolved r = resolve(path);
        if (!r.inMap || r.type != Double.class) {
            throw new IllegalArgumentException(path + ": not an entry of a map of numbers");
        }
        return new Setting(path, label, checked(Kind.REAL, r.param, path), r.param, r.types,
                c -> effective.applyAsDouble(c), false);
    }

    /**
     * A nullable date parameter ({@code corridor.interdictFrom}) as a switch: on sets it to the
     * scenario's start date, off removes it. {@code inEffect} tells whether what the date switches on
     * is in effect at the scenario's start, which is what the switch shows.
     *
     * @throws IllegalArgumentException when the path does not name a nullable date parameter
     */
    public static Setting fromStart(String path, String label, Predicate<ScenarioConfig> inEffect) {
        Resolved r = resolve(path);
        if (r.inMap || r.type != LocalDate.class || !r.param.nullable()) {
            throw new IllegalArgumentException(path + ": not a nullable date parameter");
        }
        return new Setting(path, label, Kind.SWITCH, r.param, r.types, c -> inEffect.test(c), true);
    }

    /** A path resolved against the records: the documenting annotation, the value type and whether it ends in a map key. */
    private record Resolved(Param param, Class<?> type, Class<?>[] types, boolean inMap) {
    }

    private static Kind checked(Kind kind, Param p, String path) {
        if (kind != Kind.SWITCH && !(Double.isFinite(p.min()) && Double.isFinite(p.max()))) {
            throw new IllegalArgumentException(path + ": needs a finite range for a slider");
        }
        return kind;
    }

    private static Resolved resolve(String path) {
        RecordComponent last = null;
        RecordComponent map = null;
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
                map = last;
                last = null;
                type = pt.getActualTypeArguments()[1];
            } else {
                throw new IllegalArgumentException(path + ": '" + segment + "' is inside a single value");
            }
            types[k] = raw(type);
        }
        boolean inMap = last == null && map != null && !raw(type).isRecord();
        RecordComponent documented = inMap ? map : last;
        Param p = documented == null ? null : documented.getAnnotation(Param.class);
        if (p == null) {
            throw new IllegalArgumentException(path + ": not a documented parameter");
        }
        return new Resolved(p, raw(type), types, inMap);
    }

    /** The value this parameter has in {@code config} (Double, Integer or Boolean). */
    public Object read(ScenarioConfig config) {
        if (reader != null) {
            return reader.read(config);
        }
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
        if (startDate) {
            throw new IllegalStateException(path + ": a start-date switch needs the scenario, use yaml(value, base)");
        }
        return kind == Kind.REAL ? Double.toString((Double) value) : String.valueOf(value);
    }

    /** The value as a YAML scalar for an override of {@code base} (a start-date switch writes its start date). */
    public String yaml(Object value, ScenarioConfig base) {
        if (startDate) {
            return Boolean.TRUE.equals(value) ? base.start().toString() : "null";
        }
        return yaml(value);
    }

    /** Tooltip: meaning, unit, range, source and the scenario key. */
    public String description() {
        String range = startDate ? "on: from the scenario's start; off: never"
                : kind == Kind.SWITCH ? "on/off" : fmt(min) + " to " + fmt(max) + ("1".equals(unit) ? "" : " " + unit);
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

package org.sahelsim.scenario;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.sahelsim.model.Param;
import org.sahelsim.model.ParamValidator;
import org.sahelsim.scenario.ConfigNode.Scalar;
import org.sahelsim.scenario.ScenarioException.Kind;

/** Maps one scalar to a number, boolean, string, enum constant or date, enforcing @Param ranges. */
final class ScalarMapper {

    /** ISO dates only, four-digit years: the same pattern the schema carries. */
    static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    private static final Pattern DATE = Pattern.compile(DATE_PATTERN);

    private ScalarMapper() {
    }

    static Object map(ConfigNode node, Class<?> type, Param param, String path) {
        if (!(node instanceof Scalar scalar)) {
            throw typeError(node, Types.expected(type), path);
        }
        if (type == int.class || type == Integer.class) {
            return integral(scalar, type, param, path).intValueExact();
        }
        if (type == long.class || type == Long.class) {
            return integral(scalar, type, param, path).longValueExact();
        }
        if (type == double.class || type == Double.class) {
            return number(scalar, type, param, path).doubleValue();
        }
        if (type == boolean.class || type == Boolean.class) {
            return bool(scalar, path);
        }
        if (type == String.class) {
            return string(scalar, path);
        }
        if (type == LocalDate.class) {
            return date(scalar, path);
        }
        if (type.isEnum()) {
            return enumConstant(scalar, type, path, ValueMapper.label(path));
        }
        throw new IllegalStateException("unsupported component type " + type.getName() + " at " + path);
    }

    /** An enum constant, for values and for map keys alike ({@code where} names which). */
    static Object enumConstant(Scalar scalar, Class<?> type, String path, String where) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object constant = scalar.kind() == ScalarKind.STRING ? Names.parseEnum((Class) type, scalar.text()) : null;
        if (constant == null) {
            throw new ScenarioException(Kind.UNKNOWN_VALUE, scalar.origin(), path,
                    Names.unknownEnum(type, scalar.text(), where));
        }
        return constant;
    }

    private static BigDecimal number(Scalar scalar, Class<?> type, Param param, String path) {
        if (!scalar.kind().isNumber()) {
            throw typeError(scalar, Types.expected(type), path);
        }
        BigDecimal value = ScalarKind.number(scalar.text());
        NumberBounds bounds = NumberBounds.of(type, param);
        if (!bounds.contains(value)) {
            throw new ScenarioException(Kind.RANGE, scalar.origin(), path,
                    ParamValidator.outOfRange(ValueMapper.label(path), scalar.text(),
                            NumberBounds.format(bounds.min(), "-inf"), NumberBounds.format(bounds.max(), "inf")));
        }
        if (Double.isInfinite(value.doubleValue())) {
            throw typeError(scalar, "a number a double can hold", path);
        }
        return value;
    }

    /** Whole numbers; 6.0 and 6e0 count, as they do for JSON schema's "integer". */
    private static BigDecimal integral(Scalar scalar, Class<?> type, Param param, String path) {
        if (scalar.kind().isNumber() && !isWhole(ScalarKind.number(scalar.text()))) {
            throw typeError(scalar, Types.expected(type), path);
        }
        return number(scalar, type, param, path);
    }

    private static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    private static boolean bool(Scalar scalar, String path) {
        if (scalar.kind() != ScalarKind.BOOLEAN) {
            throw typeError(scalar, "true or false", path);
        }
        return scalar.text().equalsIgnoreCase("true");
    }

    private static String string(Scalar scalar, String path) {
        if (scalar.kind() == ScalarKind.NULL) {
            throw typeError(scalar, "a string", path);
        }
        if (scalar.kind() != ScalarKind.STRING) {
            throw typeError(scalar, "a string (quote it to use " + scalar.text() + " as text)", path);
        }
        return scalar.text();
    }

    private static LocalDate date(Scalar scalar, String path) {
        if (scalar.kind() == ScalarKind.STRING && DATE.matcher(scalar.text()).matches()) {
            try {
                return LocalDate.parse(scalar.text());
            } catch (DateTimeException e) {
                // falls through to the same message as any other malformed date
            }
        }
        throw typeError(scalar, "a date like 2026-06-01", path);
    }

    static ScenarioException typeError(ConfigNode node, String expected, String path) {
        return new ScenarioException(Kind.TYPE, node.origin(), path,
                ValueMapper.label(path) + ": expected " + expected + ", got " + node.describe());
    }
}

package org.sahelsim.scenario;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * The type of a scalar under the YAML 1.2 core schema, the one editors (VS Code's YAML extension)
 * use. SnakeYAML resolves YAML 1.1, where {@code yes}, {@code on} and {@code 0755} are not strings;
 * resolving scalars ourselves keeps the loader and the JSON schema in the editor in agreement.
 *
 * <p>Deliberate deviation: {@code .inf} and {@code .nan} are strings here, so no parameter can be
 * made infinite or NaN by a file, and the JSON schema (which has no such numbers) agrees.
 */
public enum ScalarKind {
    NULL, BOOLEAN, INTEGER, FLOAT, STRING;

    private static final Pattern NULL_TEXT = Pattern.compile("null|Null|NULL|~|");
    private static final Pattern BOOLEAN_TEXT = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern OCTAL = Pattern.compile("0o[0-7]+");
    private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Pattern FLOAT_TEXT =
            Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    /** Resolves a scalar; quoted and block scalars ({@code plain == false}) are always strings. */
    public static ScalarKind of(String text, boolean plain) {
        if (!plain) {
            return STRING;
        }
        if (NULL_TEXT.matcher(text).matches()) {
            return NULL;
        }
        if (BOOLEAN_TEXT.matcher(text).matches()) {
            return BOOLEAN;
        }
        if (DECIMAL.matcher(text).matches() || OCTAL.matcher(text).matches()
                || HEX.matcher(text).matches()) {
            return INTEGER;
        }
        return FLOAT_TEXT.matcher(text).matches() ? FLOAT : STRING;
    }

    /** The exact value of an INTEGER or FLOAT scalar's text. */
    public static BigDecimal number(String text) {
        if (OCTAL.matcher(text).matches()) {
            return new BigDecimal(new BigInteger(text.substring(2), 8));
        }
        if (HEX.matcher(text).matches()) {
            return new BigDecimal(new BigInteger(text.substring(2), 16));
        }
        return new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
    }

    public boolean isNumber() {
        return this == INTEGER || this == FLOAT;
    }
}

package org.sahelsim.output;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.temporal.TemporalAccessor;

/**
 * Turns values into CSV fields, identically on every machine and locale.
 *
 * <p>Policy: integers as they are; {@code double}/{@code float} rounded half-even to at most
 * {@value #DECIMALS} decimal places, trailing zeros removed, never an exponent, {@code -0} as
 * {@code 0}, NaN and null as an empty field, infinities as {@code Infinity}/{@code -Infinity}.
 * Rounding starts from the exact binary value, not from {@code Double.toString}, whose digits
 * changed between JDK releases. Text is quoted as RFC 4180 requires.
 */
public final class CsvFormat {
    /** Decimal places kept for floating-point values; |x| below 5e-7 therefore prints as 0. */
    public static final int DECIMALS = 6;

    private CsvFormat() {
    }

    /** The CSV field for a value: a number, boolean, enum (its name), text, or null. */
    public static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            return number(((Number) value).doubleValue());
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof BigDecimal d) {
            return plain(d.setScale(Math.min(d.scale(), DECIMALS), RoundingMode.HALF_EVEN));
        }
        if (value instanceof Enum<?> e) {
            return quote(e.name());
        }
        if (value instanceof TemporalAccessor || value instanceof Boolean) {
            return quote(value.toString());
        }
        if (value.getClass().isArray()) {
            // An array's toString holds its identity hash, which differs from run to run.
            throw new IllegalArgumentException("arrays are not CSV fields: write one column per element");
        }
        if (value instanceof Number) {
            throw new IllegalArgumentException("unsupported number type " + value.getClass().getName()
                    + ": convert it to long, double or BigDecimal");
        }
        return quote(value.toString());
    }

    /** A floating-point value under the policy above. */
    public static String number(double x) {
        if (Double.isNaN(x)) {
            return "";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        return plain(new BigDecimal(x).setScale(DECIMALS, RoundingMode.HALF_EVEN));
    }

    /** Quotes a text field if it holds a comma, a double quote, CR or LF (RFC 4180 §2). */
    public static String quote(String s) {
        boolean needs = false;
        for (int k = 0; k < s.length() && !needs; k++) {
            char c = s.charAt(k);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static String plain(BigDecimal d) {
        if (d.signum() == 0) {
            return "0";
        }
        return d.stripTrailingZeros().toPlainString();
    }
}

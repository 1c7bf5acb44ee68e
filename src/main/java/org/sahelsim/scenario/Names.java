package org.sahelsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Spellings that scenario files use for Java names. An enum constant may be written exactly as
 * declared ({@code SMALL_ARMS}) or in lower kebab case ({@code small-arms}), nothing else: the JSON
 * schema lists both spellings, and a schema can only accept what it can list.
 */
public final class Names {

    private Names() {
    }

    /** {@code SMALL_ARMS} → {@code small-arms}. */
    public static String kebab(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A record's {@code type:} value: {@code AddUnits} → {@code add-units}, {@code HQRaid} → {@code hq-raid}. */
    public static String kebab(Class<?> type) {
        String name = type.getSimpleName();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && startsWord(name, i)) {
                out.append('-');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    private static boolean startsWord(String name, int i) {
        char before = name.charAt(i - 1);
        boolean nextIsLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        return !Character.isUpperCase(before) || nextIsLower;
    }

    /** The constant spelled {@code text}, or null when it is neither accepted spelling. */
    public static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text) || kebab(constant).equals(text)) {
                return constant;
            }
        }
        return null;
    }

    /** The constant a near-miss such as {@code Small_Arms} probably meant, or null. */
    public static <E extends Enum<E>> E guessEnum(Class<E> type, String text) {
        String canonical = text.strip().replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(canonical)) {
                return constant;
            }
        }
        return null;
    }

    /** Every accepted spelling, declared name first, in declaration order (for the schema). */
    public static List<String> spellings(Class<? extends Enum<?>> type) {
        List<String> out = new ArrayList<>();
        for (Enum<?> constant : type.getEnumConstants()) {
            out.add(constant.name());
            if (!kebab(constant).equals(constant.name())) {
                out.add(kebab(constant));
            }
        }
        return out;
    }

    /** The error text for a string that names no constant. */
    static String unknownEnum(Class<?> type, String text, String where) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Enum<?> guess = guessEnum((Class) type, text);
        StringBuilder names = new StringBuilder();
        for (Object constant : type.getEnumConstants()) {
            names.append(names.length() == 0 ? "" : ", ").append(((Enum<?>) constant).name());
        }
        String message = "unknown value '" + text + "' for " + where + "; allowed: " + names
                + " (or lower case with '-' for '_')";
        return guess == null ? message : message + "; did you mean '" + kebab(guess) + "'?";
    }
}

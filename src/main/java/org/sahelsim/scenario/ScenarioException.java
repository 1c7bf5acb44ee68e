package org.sahelsim.scenario;

/**
 * The one error a scenario file can produce. {@link #getMessage()} is a single line
 * {@code file:line:column: detail} that names the key path, the value and what is allowed, so a
 * user can fix the file without a stack trace.
 */
public class ScenarioException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong; tests and the schema agreement harness sort errors by it. */
    public enum Kind {
        /** A file is missing or unreadable. */
        FILE,
        /** The text is not well-formed YAML. */
        SYNTAX,
        /** A YAML feature that strict scenario files forbid: tags, merge keys, recursive aliases. */
        UNSUPPORTED,
        DUPLICATE_KEY,
        /** An {@code extends} chain that loops or names something that is not a file path. */
        EXTENDS,
        /** An override whose path does not exist in the record tree. */
        OVERRIDE,
        UNKNOWN_KEY,
        MISSING_KEY,
        /** A value of the wrong kind: a string where a number belongs, a list for a mapping. */
        TYPE,
        /** A number outside its {@code @Param} range. */
        RANGE,
        /** A string that names no constant of an enum. */
        UNKNOWN_VALUE,
        /** A {@code type:} that names no permitted record of a sealed interface. */
        UNKNOWN_TYPE,
        /** A record's own constructor rejected its values (a cross-field rule). */
        RECORD_CHECK
    }

    private final Kind kind;
    private final Origin origin;
    private final String keyPath;
    private final String detail;

    public ScenarioException(Kind kind, Origin origin, String keyPath, String detail) {
        this(kind, origin, keyPath, detail, null);
    }

    public ScenarioException(Kind kind, Origin origin, String keyPath, String detail, Throwable cause) {
        super(origin.prefix() + ": " + oneLine(detail), cause);
        this.kind = kind;
        this.origin = origin;
        this.keyPath = keyPath;
        this.detail = oneLine(detail);
    }

    private static String oneLine(String text) {
        return String.valueOf(text).replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    public Kind kind() {
        return kind;
    }

    public Origin origin() {
        return origin;
    }

    /** The file as the caller named it, or the label of a non-file source. */
    public String file() {
        return origin.file();
    }

    /** 1-based line, 0 when the error has no position. */
    public int line() {
        return origin.line();
    }

    /** 1-based column, 0 when the error has no position. */
    public int column() {
        return origin.column();
    }

    /** Dotted key path such as {@code drones.sortiesPerWeek} or {@code events[2]}; empty at the top. */
    public String keyPath() {
        return keyPath;
    }

    /** The message without the position prefix. */
    public String detail() {
        return detail;
    }
}

package org.sahelsim.scenario;

import org.yaml.snakeyaml.error.Mark;

/**
 * Where a piece of a scenario came from, for error messages.
 *
 * @param file the file as the caller named it (relative stays relative), or a label such as
 *     {@code override drones.sortiesPerWeek} for values that did not come from a file
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 */
public record Origin(String file, int line, int column) {

    /** A position read from SnakeYAML, whose marks count from 0. */
    static Origin at(String file, Mark mark) {
        return mark == null ? of(file) : new Origin(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** A source without a position (a command-line override, a default, a missing file). */
    public static Origin of(String file) {
        return new Origin(file, 0, 0);
    }

    /** {@code file:line:column}, or just the file when there is no position. */
    public String prefix() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }

    @Override
    public String toString() {
        return prefix();
    }
}

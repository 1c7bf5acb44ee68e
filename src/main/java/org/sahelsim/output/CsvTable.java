package org.sahelsim.output;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The shape of one CSV output file: its base name and the caller's columns. Every file also
 * starts with the {@value #RUN_ID} and {@value #SEED} columns, which the caller does not list.
 *
 * @param name    file base name without extension, e.g. {@code control} for {@code control.csv}
 * @param columns caller's column names in order; non-blank, unique, not run_id or seed
 */
public record CsvTable(String name, List<String> columns) {
    public static final String RUN_ID = "run_id";
    public static final String SEED = "seed";

    public CsvTable {
        if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("table name must match [A-Za-z0-9._-]+, got '" + name + "'");
        }
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("table '" + name + "' needs at least one column");
        }
        Set<String> seen = new HashSet<>(List.of(RUN_ID, SEED));
        for (String c : columns) {
            if (c == null || c.isBlank()) {
                throw new IllegalArgumentException("table '" + name + "' has a blank column name");
            }
            if (!seen.add(c)) {
                throw new IllegalArgumentException("table '" + name + "' repeats or reserves column '" + c + "'");
            }
        }
    }

    public static CsvTable of(String name, String... columns) {
        return new CsvTable(name, List.of(columns));
    }

    /** {@code name + ".csv"}. */
    public String fileName() {
        return name + ".csv";
    }

    /** The full header: run_id, seed, then {@link #columns()}. */
    public List<String> header() {
        List<String> h = new ArrayList<>(columns.size() + 2);
        h.add(RUN_ID);
        h.add(SEED);
        h.addAll(columns);
        return List.copyOf(h);
    }
}

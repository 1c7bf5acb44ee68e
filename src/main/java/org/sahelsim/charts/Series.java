package org.sahelsim.charts;

import java.time.LocalDate;

/** Argument checks shared by the chart input records. */
final class Series {
    private Series() {
    }

    static void requireText(String s, String name) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    static void requireDates(LocalDate[] dates) {
        if (dates == null || dates.length == 0) {
            throw new IllegalArgumentException("dates must hold at least one date");
        }
        for (int i = 0; i < dates.length; i++) {
            if (dates[i] == null) {
                throw new IllegalArgumentException("dates[" + i + "] is null");
            }
            if (i > 0 && !dates[i].isAfter(dates[i - 1])) {
                throw new IllegalArgumentException("dates must be strictly increasing; dates[" + i + "] = "
                        + dates[i] + " follows " + dates[i - 1]);
            }
        }
    }

    static void requireLength(double[] values, int length, String name) {
        if (values == null || values.length != length) {
            throw new IllegalArgumentException(name + " must have " + length + " values, one per date, got "
                    + (values == null ? "null" : values.length));
        }
    }

    static void requireFinite(double[] values, String name) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite, got " + values[i]);
            }
        }
    }
}

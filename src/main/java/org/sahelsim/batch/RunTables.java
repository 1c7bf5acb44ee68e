package org.sahelsim.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sahelsim.model.Faction;
import org.sahelsim.output.CsvReader;
import org.sahelsim.output.CsvTable;

/**
 * Reads a committed run's tables back, one row at a time: the weekly values of every faction, and
 * the violent events.
 */
final class RunTables {
    static final String TIMESERIES = "timeseries.csv.gz";
    static final String EVENTS = "events.csv.gz";
    /** Columns of timeseries.csv that are not per-faction numbers. */
    private static final Set<String> KEYS = Set.of(CsvTable.RUN_ID, CsvTable.SEED, "week", "date", "faction");

    /** Receives one week at a time: {@code values[faction ordinal][column]}. */
    @FunctionalInterface
    interface WeekSink {
        void week(int week, LocalDate date, double[][] values) throws IOException;
    }

    /** Receives one violent event. */
    @FunctionalInterface
    interface EventSink {
        void event(int week, double lat, double lon, Faction attacker, Faction defender) throws IOException;
    }

    private RunTables() {
    }

    /** The numeric per-faction columns of a run's timeseries, in file order. */
    static List<String> numericColumns(Path runDir) throws IOException {
        try (CsvReader in = CsvReader.open(runDir.resolve(TIMESERIES))) {
            return numeric(in.header());
        }
    }

    private static List<String> numeric(List<String> header) {
        List<String> out = new ArrayList<>();
        for (String h : header) {
            if (!KEYS.contains(h)) {
                out.add(h);
            }
        }
        return out;
    }

    /** Streams the timeseries week by week; {@code columns} must be the file's numeric columns. */
    static void weeks(Path runDir, List<String> columns, WeekSink sink) throws IOException {
        Path file = runDir.resolve(TIMESERIES);
        try (CsvReader in = CsvReader.open(file)) {
            if (!numeric(in.header()).equals(columns)) {
                throw new IOException(file + ": columns " + numeric(in.header()) + " differ from the batch's " + columns);
            }
            int[] index = new int[columns.size()];
            for (int c = 0; c < index.length; c++) {
                index[c] = in.column(columns.get(c));
            }
            int weekCol = in.column("week");
            int dateCol = in.column("date");
            int factionCol = in.column("faction");
            double[][] values = new double[Faction.count()][columns.size()];
            int week = -1;
            LocalDate date = null;
            while (in.next()) {
                int w = (int) in.integer(weekCol);
                if (w != week && week >= 0) {
                    sink.week(week, date, values);
                    values = new double[Faction.count()][columns.size()];
                }
                week = w;
                date = LocalDate.parse(in.get(dateCol));
                double[] row = values[Faction.valueOf(in.get(factionCol)).ordinal()];
                for (int c = 0; c < index.length; c++) {
                    row[c] = in.number(index[c]);
                }
            }
            if (week >= 0) {
                sink.week(week, date, values);
            }
        }
    }

    /** Streams the run's violent events. */
    static void events(Path runDir, EventSink sink) throws IOException {
        try (CsvReader in = CsvReader.open(runDir.resolve(EVENTS))) {
            int week = in.column("week");
            int lat = in.column("lat");
            int lon = in.column("lon");
            int attacker = in.column("attacker");
            int defender = in.column("defender");
            while (in.next()) {
                sink.event((int) in.integer(week), in.number(lat), in.number(lon), Faction.valueOf(in.get(attacker)),
                        Faction.valueOf(in.get(defender)));
            }
        }
    }
}

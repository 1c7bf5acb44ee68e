package org.sahelsim.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sahelsim.model.ClashEvent;
import org.sahelsim.model.Faction;
import org.sahelsim.model.Indicator;
import org.sahelsim.model.Indicators;
import org.sahelsim.model.LogEntry;
import org.sahelsim.model.Pact;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.WeeklyStats;

/**
 * Streams one run's tables to a folder as the weeks go by: {@code timeseries.csv},
 * {@code events.csv}, {@code regions.csv}, {@code ceasefires.csv}, {@code forces.csv} and {@code log.csv}.
 * Nothing per week is kept in memory.
 */
public final class RunRecorder implements Closeable {
    private final RunKey key;
    private final CsvWriter timeseries;
    private final CsvWriter events;
    private final CsvWriter regions;
    private final CsvWriter log;
    private final CsvWriter ceasefires;
    private final CsvWriter forces;
    private final ForceLayout forceLayout = new ForceLayout();
    private RegionYears regionYears;
    private long eventCount;
    private long deathCount;

    public RunRecorder(Path dir, RunKey key) throws IOException {
        this.key = key;
        this.timeseries = CsvWriter.open(dir, Tables.timeseries());
        this.events = CsvWriter.open(dir, Tables.events());
        this.regions = CsvWriter.open(dir, Tables.regions());
        this.log = CsvWriter.open(dir, Tables.log());
        this.ceasefires = CsvWriter.open(dir, Tables.ceasefires());
        this.forces = CsvWriter.open(dir, Tables.forces());
    }

    /** Records the week the model has just simulated. */
    public void week(SahelModel m) throws IOException {
        if (regionYears == null) {
            regionYears = new RegionYears(m);
        }
        WeeklyStats s = m.lastStats;
        for (Faction f : Faction.values()) {
            timeseries.row(key, timeseriesRow(s, m.indicators, f));
        }
        for (ClashEvent e : m.weekEvents) {
            writeEvent(m.map, e);
        }
        for (LogEntry l : m.weekLog) {
            log.row(key, l.week(), l.date(), l.kind(), l.faction() == null ? "" : l.faction().name(), l.detail());
        }
        regionYears.week(m, regions, key);
        forceLayout.week(m, forces, key);
        for (Pact p : m.pacts) {
            ceasefires.row(key, m.week(), m.date(), p.a.name(), p.b.name(), p.state.label(), m.week() - p.since,
                    p.scope.label(), p.monitored, p.guaranteed, p.cost, p.contacts, p.defections, p.competition,
                    p.leadersKilled, p.spoilers, p.violations, p.hazard);
        }
    }

    private static Object[] timeseriesRow(WeeklyStats s, Indicators ind, Faction f) {
        int i = f.ordinal();
        int nc = SahelModel.STUDY_COUNTRIES.size();
        Object[] row = new Object[13 + 2 * nc + Indicator.values().length];
        Object[] head = {s.week(), s.date(), f.name(), s.controlledCells()[i], s.contestedCells()[i],
                s.controlledAreaKm2()[i], s.controlledPopulation()[i], s.fighters()[i], s.units()[i],
                s.clashes()[i], s.raids()[i], s.fightersLost()[i], s.civiliansKilled()[i]};
        System.arraycopy(head, 0, row, 0, head.length);
        for (int c = 0; c < nc; c++) {
            row[13 + 2 * c] = s.controlledCellsByCountry()[i][c];
            row[14 + 2 * c] = s.controlledPopulationByCountry()[i][c];
        }
        for (Indicator k : Indicator.values()) {
            row[13 + 2 * nc + k.ordinal()] = ind.get(k, f);
        }
        return row;
    }

    private void writeEvent(SahelMap map, ClashEvent e) throws IOException {
        int x = e.cell() % map.width;
        int y = e.cell() / map.width;
        String country = map.countryOf(e.cell());
        events.row(key, e.week(), e.date(), map.lat(y), map.lon(x), e.region(), country == null ? "" : country,
                e.type().name().toLowerCase(java.util.Locale.ROOT), e.attacker().name(), e.defender().name(),
                e.attackerLosses(), e.defenderLosses(), e.civilians(), e.site());
        eventCount++;
        deathCount += e.deaths();
    }

    /** Final figures per faction, for summary.json. */
    public Map<String, Object> finalFigures(SahelModel m) {
        WeeklyStats s = m.lastStats;
        Map<String, Object> out = new LinkedHashMap<>();
        for (Faction f : Faction.values()) {
            int i = f.ordinal();
            if (s.fighters()[i] == 0 && s.controlledCells()[i] == 0) {
                continue;
            }
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("fighters", s.fighters()[i]);
            v.put("units", s.units()[i]);
            v.put("controlled_cells", s.controlledCells()[i]);
            v.put("controlled_area_km2", Math.round(s.controlledAreaKm2()[i]));
            v.put("controlled_population", Math.round(s.controlledPopulation()[i]));
            out.put(f.name(), v);
        }
        return out;
    }

    public long eventCount() {
        return eventCount;
    }

    public long deathCount() {
        return deathCount;
    }

    @Override
    public void close() throws IOException {
        if (regionYears != null && regions != null) {
            regionYears.flush(regions, key);
        }
        timeseries.close();
        events.close();
        regions.close();
        log.close();
        ceasefires.close();
        forces.close();
    }
}

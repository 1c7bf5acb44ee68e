package org.sahelsim.gui;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.sahelsim.charts.MapCanvas;
import org.sahelsim.model.Faction;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.WeeklyStats;
import sim.display.Controller;
import sim.util.media.chart.TimeSeriesAttributes;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * Live charts built with MASON's chart generators: population under each faction's control,
 * fighters per faction, and clashes per week by dyad. A faction's line appears when it first
 * has a non-zero value. Data are added on the Swing thread, as JFreeChart requires.
 */
final class LiveCharts {
    /**
     * Charts redraw at most this often, milliseconds: redrawing three charts of up to 16 lines
     * every week would cost more than the map.
     */
    static final long REDRAW_MS = 250;
    private final TimeSeriesChartGenerator population;
    private final TimeSeriesChartGenerator fighters;
    private final TimeSeriesChartGenerator clashes;
    private final List<JFrame> frames = new ArrayList<>();
    private final Map<Faction, XYSeries> populationSeries = new EnumMap<>(Faction.class);
    private final Map<Faction, XYSeries> fighterSeries = new EnumMap<>(Faction.class);
    private final Map<Dyads.Dyad, XYSeries> clashSeries = new EnumMap<>(Dyads.Dyad.class);
    /** The weeks charted so far (Swing thread only), so a line that appears late starts with zeros. */
    private final List<Double> weeks = new ArrayList<>();

    LiveCharts(Controller c) {
        population = chart(c, "Population under control", "millions of residents");
        fighters = chart(c, "Fighters per faction", "fighters");
        clashes = chart(c, "Clashes and raids per week, by dyad", "events per week");
    }

    private TimeSeriesChartGenerator chart(Controller c, String title, String yLabel) {
        TimeSeriesChartGenerator g = new TimeSeriesChartGenerator();
        g.setTitle(title);
        g.setXAxisLabel("year");
        g.setYAxisLabel(yLabel);
        // No tooltips (one per plotted point), and each line as one path rather than a stroke per
        // segment: together they took most of the time of a redraw.
        g.getChartPanel().getChartRenderingInfo().setEntityCollection(null);
        if (g.getChart().getXYPlot().getRenderer() instanceof XYLineAndShapeRenderer r) {
            r.setDrawSeriesLineAsPath(true);
        }
        JFrame frame = g.createFrame();
        frame.setTitle(title);
        frame.pack();
        c.registerFrame(frame);
        frames.add(frame);
        return g;
    }

    /**
     * Shows the charts, in a column to the right of {@code beside} (the Console) if the screen has
     * room, otherwise cascaded below it.
     */
    void show(Rectangle beside) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int w = 480;
        int h = Math.max(220, Math.min(320, screen.height / 3));
        boolean column = beside.x + beside.width + w <= screen.x + screen.width;
        for (int k = 0; k < frames.size(); k++) {
            JFrame f = frames.get(k);
            f.setSize(w, h);
            if (column) {
                f.setLocation(beside.x + beside.width + 5, screen.y + k * h);
            } else {
                f.setLocation(beside.x + 30 * k, Math.min(beside.y + beside.height + 30 * k, screen.height - h));
            }
            f.setVisible(true);
        }
    }

    /** Empties the charts for a new run; call on the Swing thread. */
    void reset() {
        for (TimeSeriesChartGenerator g : List.of(population, fighters, clashes)) {
            g.removeAllSeries();
        }
        populationSeries.clear();
        fighterSeries.clear();
        clashSeries.clear();
        weeks.clear();
    }

    /** Adds the week just simulated (called in the model thread after each step). */
    void record(SahelModel m) {
        WeeklyStats s = m.lastStats;
        if (s == null) {
            return;
        }
        double x = decimalYear(m.date());
        double[] pop = s.controlledPopulation().clone();
        int[] fig = s.fighters().clone();
        int[] dyads = Dyads.count(m.weekEvents);
        SwingUtilities.invokeLater(() -> {
            for (Faction f : Faction.values()) {
                add(population, populationSeries, f, x, pop[f.ordinal()] / 1e6, MapCanvas.factionColour(f), Labels.shortName(f));
                add(fighters, fighterSeries, f, x, fig[f.ordinal()], MapCanvas.factionColour(f), Labels.shortName(f));
            }
            for (Dyads.Dyad d : Dyads.Dyad.values()) {
                add(clashes, clashSeries, d, x, dyads[d.ordinal()], new Color(d.rgb), d.label);
            }
            weeks.add(x);
        });
        long steps = m.schedule.getSteps();
        for (TimeSeriesChartGenerator g : List.of(population, fighters, clashes)) {
            g.updateChartWithin(steps, REDRAW_MS);
        }
    }

    /** Adds a point, creating the series (zero until now) the first time the value is not zero. */
    private <K> void add(TimeSeriesChartGenerator g, Map<K, XYSeries> series, K key, double x, double y,
                                Color colour, String name) {
        XYSeries s = series.get(key);
        if (s == null && y == 0) {
            return;
        }
        if (s == null) {
            s = new XYSeries(name, false);
            TimeSeriesAttributes a = (TimeSeriesAttributes) g.addSeries(s, null);
            a.setStrokeColor(colour);
            a.setThickness(2);
            series.put(key, s);
            for (double earlier : weeks) {
                s.add(earlier, 0, false);
            }
        }
        s.add(x, y, true);
    }

    /** The date as a fractional year, e.g. 2026.5 for early July 2026. */
    static double decimalYear(LocalDate d) {
        return d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
    }

    void quit() {
        for (TimeSeriesChartGenerator g : List.of(population, fighters, clashes)) {
            g.quit();
        }
        frames.forEach(JFrame::dispose);
    }
}

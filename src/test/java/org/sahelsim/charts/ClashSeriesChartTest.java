package org.sahelsim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.time.LocalDate;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class ClashSeriesChartTest {
    private static final LocalDate[] DATES = {LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 12),
        LocalDate.of(2026, 1, 19)};

    private static List<DyadSeries> input() {
        return List.of(
                new DyadSeries("baseline", "ISSP–JNIM", DATES, new double[] {3, 4.5, 2}),
                new DyadSeries("baseline", "JNIM–state", DATES, new double[] {1, 0, 0.25}),
                new DyadSeries("ceasefire", "ISSP–JNIM", DATES, new double[] {2, 2, 1}));
    }

    @Test
    void datasetHoldsTheMeansInOrder() {
        XYSeriesCollection d = ClashSeriesChart.createDataset(input());
        assertEquals(3, d.getSeriesCount());
        assertEquals("ISSP–JNIM · baseline", d.getSeriesKey(0).toString());
        assertEquals("JNIM–state · baseline", d.getSeriesKey(1).toString());
        assertEquals("ISSP–JNIM · ceasefire", d.getSeriesKey(2).toString());
        assertEquals(3, d.getItemCount(0));
        assertEquals(4.5, d.getYValue(0, 1));
        assertEquals(0.25, d.getYValue(1, 2));
        assertEquals(DATES[2].toEpochDay() * 86_400_000L, d.getXValue(2, 2));
    }

    @Test
    void aDyadHasOneColourAcrossArms() {
        XYSeriesCollection d = ClashSeriesChart.createDataset(input());
        SeriesKey a = (SeriesKey) d.getSeriesKey(0);
        SeriesKey b = (SeriesKey) d.getSeriesKey(1);
        SeriesKey c = (SeriesKey) d.getSeriesKey(2);
        assertEquals(a.rgb(), c.rgb());
        assertEquals(ChartStyle.paletteRgb(1), b.rgb());
        assertEquals(1, c.armIndex());
    }

    @Test
    void chartIsDecorated() {
        ChartMeta meta = new ChartMeta("Clashes by dyad", "baseline-2026", 10, "Date (week ending)",
                "Clashes (events per week)");
        JFreeChart chart = ClashSeriesChart.createChart(ClashSeriesChart.createDataset(input()), meta);
        ChartChecks.assertDecorated(chart, meta);
        XYItemRenderer r = chart.getXYPlot().getRenderer();
        assertEquals(r.getSeriesPaint(0), r.getSeriesPaint(2));
        assertEquals(new Color(ChartStyle.paletteRgb(0)), r.getSeriesPaint(0));
        assertEquals(true, ((NumberAxis) chart.getXYPlot().getRangeAxis()).getAutoRangeIncludesZero());
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> new DyadSeries("a", "d", DATES, new double[] {1, -1, 0}));
        assertThrows(IllegalArgumentException.class, () -> new DyadSeries("a", "d", DATES, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> ClashSeriesChart.createDataset(List.of(
                new DyadSeries("a", "d", DATES, new double[] {1, 2, 3}),
                new DyadSeries("a", "d", DATES, new double[] {1, 2, 3}))));
    }
}

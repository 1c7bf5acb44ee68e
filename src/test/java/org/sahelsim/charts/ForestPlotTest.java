package org.sahelsim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.Layer;
import org.junit.jupiter.api.Test;
import org.sahelsim.stats.PairedComparison;
import org.sahelsim.stats.PairedComparison.Better;

class ForestPlotTest {
    private static final double[] REF = {8, 11, 9, 10, 12};
    /** Differences {2, 1, 0, 4, -1}: mean 1.2, half-width 2.388389 (see PairedComparisonTest). */
    private static final double[] ARM = {10, 12, 9, 14, 11};

    private static List<ForestRow> rows() {
        return List.of(
                new ForestRow("ceasefire", "population", PairedComparison.of(ARM, REF, Better.HIGHER)),
                new ForestRow("ceasefire", "area", PairedComparison.of(REF, ARM, Better.HIGHER)),
                new ForestRow("drone surge", "population", PairedComparison.of(ARM, ARM, Better.HIGHER)));
    }

    @Test
    void datasetHasOneSeriesPerMetricAndOneRowPerInput() {
        ForestDataset d = ForestPlot.createDataset("baseline", rows());
        YIntervalSeriesCollection s = d.intervals();
        assertEquals(2, s.getSeriesCount());
        assertEquals("population", s.getSeriesKey(0).toString());
        assertEquals("area", s.getSeriesKey(1).toString());
        assertEquals(2, s.getItemCount(0));
        assertEquals(0.0, s.getXValue(0, 0));
        assertEquals(1.2, s.getYValue(0, 0), 1e-12);
        assertEquals(1.2 - 2.388389, s.getStartYValue(0, 0), 1e-6);
        assertEquals(1.2 + 2.388389, s.getEndYValue(0, 0), 1e-6);
        assertEquals(1.0, s.getXValue(1, 0), "area is row 1");
        assertEquals(-1.2, s.getYValue(1, 0), 1e-12);
        assertEquals(2.0, s.getXValue(0, 1), "drone surge is row 2");
        assertEquals("baseline", d.referenceArm());
    }

    @Test
    void rowLabelsGiveShareBetterAndPValue() {
        List<String> labels = ForestPlot.createDataset("baseline", rows()).rowLabels();
        // Shares: 3.5/5 = 70%; reversed, 1.5/5 = 30%; against itself, all ties = 50%.
        assertEquals(List.of("ceasefire · population  (better in 70%, p = 0.235)",
                "ceasefire · area  (better in 30%, p = 0.235)",
                "drone surge · population  (better in 50%, p n/a)"), labels);
        List<String> single = ForestPlot.createDataset("baseline", List.of(rows().get(0))).rowLabels();
        assertEquals(List.of("ceasefire  (better in 70%, p = 0.235)"), single);
        assertEquals("p < 0.001", ForestPlot.pText(0.0004));
    }

    @Test
    void rowWithoutIntervalShowsTheDotOnly() {
        ForestRow one = new ForestRow("a", "m", PairedComparison.of(new double[] {3}, new double[] {1}, Better.LOWER));
        YIntervalSeriesCollection s = ForestPlot.createDataset("ref", List.of(one)).intervals();
        assertEquals(2.0, s.getStartYValue(0, 0));
        assertEquals(2.0, s.getEndYValue(0, 0));
    }

    @Test
    void chartIsHorizontalWithAZeroLine() {
        ChartMeta meta = new ChartMeta("Effects", "baseline-2026", 5, "Arm · metric",
                "Difference (million people)");
        JFreeChart chart = ForestPlot.createChart(ForestPlot.createDataset("baseline", rows()), meta);
        ChartChecks.assertDecorated(chart, meta);
        XYPlot plot = chart.getXYPlot();
        assertEquals(PlotOrientation.HORIZONTAL, plot.getOrientation());
        assertTrue(((Collection<?>) plot.getRangeMarkers(Layer.FOREGROUND)).stream()
                .anyMatch(m -> m instanceof ValueMarker v && v.getValue() == 0));
        assertTrue(ChartChecks.subtitleTexts(chart).stream().anyMatch(t -> t.contains("arm − baseline")));
        assertEquals(List.of("population", "area"), ChartChecks.legendLabels(chart));
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> ForestPlot.createDataset("ref", List.of()));
        ForestRow r = rows().get(0);
        assertThrows(IllegalArgumentException.class, () -> ForestPlot.createDataset("ref", List.of(r, r)));
    }
}

package org.sahelsim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.LocalDate;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Faction;
import org.sahelsim.stats.MeanCI;

class FanChartTest {
    private static final LocalDate[] DATES = {LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 12)};
    private static final ChartMeta META = new ChartMeta("Controlled population", "baseline-2026", 5,
            "Date (week ending)", "Controlled population (million people)");

    private static SeriesBand band(String arm, Faction f, double shift) {
        return SeriesBand.forFaction(arm, f, DATES, new MeanCI[] {
            MeanCI.of(1 + shift, 2 + shift, 3 + shift, 4 + shift, 5 + shift), MeanCI.of(2, 2, 2, 2, 2)});
    }

    @Test
    void datasetHoldsOneSeriesPerBandInOrder() {
        YIntervalSeriesCollection d = FanChart.createDataset(List.of(
                band("baseline", Faction.JNIM, 0), band("baseline", Faction.ISSP, 1), band("ceasefire", Faction.JNIM, 2)));
        assertEquals(3, d.getSeriesCount());
        assertEquals("JNIM · baseline", d.getSeriesKey(0).toString());
        assertEquals("ISSP · baseline", d.getSeriesKey(1).toString());
        assertEquals("JNIM · ceasefire", d.getSeriesKey(2).toString());
        assertEquals(new SeriesKey("JNIM · ceasefire", "ceasefire", 1, Faction.JNIM.rgb), d.getSeriesKey(2));
        // Point 0 of band 0: mean 3, half-width t(0.975,4) * sqrt(2.5)/sqrt(5) = 1.963243.
        assertEquals(2, d.getItemCount(0));
        assertEquals(DATES[0].toEpochDay() * 86_400_000L, d.getXValue(0, 0));
        assertEquals(3.0, d.getYValue(0, 0), 1e-12);
        assertEquals(3 - 1.963243, d.getStartYValue(0, 0), 1e-6);
        assertEquals(3 + 1.963243, d.getEndYValue(0, 0), 1e-6);
        assertEquals(4.0, d.getYValue(1, 0), 1e-12);
        assertEquals(2.0, d.getStartYValue(0, 1), "zero spread: band of zero width");
    }

    @Test
    void singleArmLabelsOmitTheArm() {
        YIntervalSeriesCollection d = FanChart.createDataset(List.of(band("baseline", Faction.MALI, 0)));
        assertEquals("Mali (FAMa)", d.getSeriesKey(0).toString());
    }

    @Test
    void bandOfOneReplicateCollapsesOntoTheMean() {
        SeriesBand b = SeriesBand.of("a", "JNIM", 0xE69F00, DATES, new MeanCI[] {MeanCI.of(4), MeanCI.of(6)});
        YIntervalSeriesCollection d = FanChart.createDataset(List.of(b));
        assertEquals(4.0, d.getStartYValue(0, 0));
        assertEquals(4.0, d.getEndYValue(0, 0));
        assertEquals(6.0, d.getEndYValue(0, 1));
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class,
                () -> FanChart.createDataset(List.of(band("a", Faction.JNIM, 0), band("a", Faction.JNIM, 1))));
        LocalDate[] backwards = {DATES[1], DATES[0]};
        assertThrows(IllegalArgumentException.class, () -> new SeriesBand("a", "s", 0, backwards,
                new double[] {1, 1}, new double[] {0, 0}, new double[] {2, 2}));
        assertThrows(IllegalArgumentException.class, () -> new SeriesBand("a", "s", 0, DATES,
                new double[] {1}, new double[] {0}, new double[] {2}));
        assertThrows(IllegalArgumentException.class, () -> new SeriesBand("a", "s", 0, DATES,
                new double[] {1, Double.NaN}, new double[] {0, 0}, new double[] {2, 2}));
        assertThrows(IllegalArgumentException.class, () -> new SeriesBand("a", "s", 0, DATES,
                new double[] {1, 1}, new double[] {2, 0}, new double[] {3, 2}), "lower above mean");
    }

    @Test
    void recordsCopyTheirArrays() {
        double[] mean = {1, 1};
        SeriesBand b = new SeriesBand("a", "s", 0, DATES, mean, new double[] {0, 0}, new double[] {2, 2});
        mean[0] = 99;
        b.mean()[1] = 99;
        assertEquals(1.0, b.mean()[0]);
        assertEquals(1.0, b.mean()[1]);
    }

    @Test
    void chartIsDecoratedColouredByFactionAndDashedByArm() {
        YIntervalSeriesCollection d = FanChart.createDataset(List.of(
                band("baseline", Faction.JNIM, 0), band("ceasefire", Faction.JNIM, 1), band("ceasefire", Faction.ISSP, 1)));
        JFreeChart chart = FanChart.createChart(d, META);
        ChartChecks.assertDecorated(chart, META);
        assertEquals(List.of("JNIM · baseline", "JNIM · ceasefire", "ISSP · ceasefire"), ChartChecks.legendLabels(chart));
        XYPlot plot = chart.getXYPlot();
        DeviationRenderer r = (DeviationRenderer) plot.getRenderer();
        assertEquals(new Color(Faction.JNIM.rgb), r.getSeriesPaint(0));
        assertEquals(new Color(Faction.JNIM.rgb), r.getSeriesPaint(1));
        assertEquals(new Color(Faction.ISSP.rgb), r.getSeriesPaint(2));
        assertNull(((BasicStroke) r.getSeriesStroke(0)).getDashArray(), "first arm solid");
        assertNotEquals(null, ((BasicStroke) r.getSeriesStroke(1)).getDashArray(), "second arm dashed");
        assertEquals(r.getSeriesStroke(1), r.getSeriesStroke(2), "same arm, same dash");
        DateAxis x = (DateAxis) plot.getDomainAxis();
        assertEquals("UTC", x.getTimeZone().getID());
        assertTrue(ChartChecks.subtitleTexts(chart).stream().anyMatch(s -> s.contains("95%")));
    }
}

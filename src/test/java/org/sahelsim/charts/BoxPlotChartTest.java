package org.sahelsim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.junit.jupiter.api.Test;

class BoxPlotChartTest {
    @Test
    void boxUsesTypeSevenQuartilesAndTukeyWhiskers() {
        // Sorted {1..9, 100}, n = 10, h = 9p: Q1 at h 2.25 -> 3.25, median at h 4.5 -> 5.5,
        // Q3 at h 6.75 -> 7.75. IQR 4.5, fences 3.25 - 6.75 = -3.5 and 7.75 + 6.75 = 14.5:
        // 100 is an outlier, whiskers end at 1 and 9. Mean 145/10 = 14.5.
        BoxAndWhiskerItem b = BoxPlotChart.item(new double[] {100, 9, 8, 7, 6, 5, 4, 3, 2, 1});
        assertEquals(3.25, b.getQ1().doubleValue(), 1e-12);
        assertEquals(5.5, b.getMedian().doubleValue(), 1e-12);
        assertEquals(7.75, b.getQ3().doubleValue(), 1e-12);
        assertEquals(1.0, b.getMinRegularValue().doubleValue());
        assertEquals(9.0, b.getMaxRegularValue().doubleValue());
        assertEquals(List.of(100.0), b.getOutliers());
        assertEquals(1.0, b.getMinOutlier().doubleValue(), "outlier bounds span the sample");
        assertEquals(100.0, b.getMaxOutlier().doubleValue());
        assertEquals(14.5, b.getMean().doubleValue(), 1e-12);
    }

    @Test
    void whiskerNeverEndsInsideTheBox() {
        // Sorted {0,10,10,10}, h = 3p: Q1 at h 0.75 -> 7.5, Q3 at h 2.25 -> 10; IQR 2.5,
        // lower fence 3.75: 0 is an outlier and no other value lies below Q1, so no whisker.
        BoxAndWhiskerItem b = BoxPlotChart.item(new double[] {10, 0, 10, 10});
        assertEquals(7.5, b.getMinRegularValue().doubleValue(), 1e-12);
        assertEquals(10.0, b.getMaxRegularValue().doubleValue());
        assertEquals(List.of(0.0), b.getOutliers());
    }

    @Test
    void datasetHasGroupsAsRowsAndArmsAsColumns() {
        DefaultBoxAndWhiskerCategoryDataset d = BoxPlotChart.createDataset(List.of(
                new ArmSample("baseline", "JNIM", new double[] {1, 2, 3}),
                new ArmSample("baseline", "ISSP", new double[] {4, 5, 6}),
                new ArmSample("ceasefire", "JNIM", new double[] {7, 8, 9})));
        assertEquals(List.of("JNIM", "ISSP"), d.getRowKeys());
        assertEquals(List.of("baseline", "ceasefire"), d.getColumnKeys());
        assertEquals(8.0, d.getMedianValue("JNIM", "ceasefire").doubleValue());
        assertEquals(5.0, d.getMeanValue("ISSP", "baseline").doubleValue(), 1e-12);
        assertEquals(null, d.getItem(1, 1), "ISSP has no ceasefire sample");
    }

    @Test
    void chartIsDecorated() {
        ChartMeta meta = new ChartMeta("End state", "baseline-2026", 3, "Policy arm", "Controlled area (km²)");
        JFreeChart chart = BoxPlotChart.createChart(BoxPlotChart.createDataset(List.of(
                new ArmSample("baseline", "JNIM", new double[] {1, 2, 3}),
                new ArmSample("ceasefire", "JNIM", new double[] {2, 3, 4}))), meta);
        ChartChecks.assertDecorated(chart, meta);
        assertEquals(List.of("JNIM"), ChartChecks.legendLabels(chart));
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> new ArmSample("a", "g", new double[0]));
        assertThrows(IllegalArgumentException.class, () -> new ArmSample("a", "g", new double[] {Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> BoxPlotChart.createDataset(List.of(
                new ArmSample("a", "g", new double[] {1}), new ArmSample("a", "g", new double[] {2}))));
    }
}

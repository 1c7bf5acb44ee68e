package org.sahelsim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Faction;

class CalibrationBandsTest {
    private static final LocalDate[] DATES = {LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 1)};

    private static JFreeChart chart() {
        SeriesBand b = new SeriesBand("historical", "JNIM", Faction.JNIM.rgb, DATES, new double[] {100, 200, 300},
                new double[] {90, 180, 280}, new double[] {110, 220, 320});
        return FanChart.createChart(FanChart.createDataset(List.of(b)),
                new ChartMeta("Fighters", "historical-2020", 5, "Date", ChartMeta.label("Fighters", "persons")));
    }

    @Test
    void bandsAreDrawnAndTheAxisShowsThemWhole() {
        JFreeChart c = CalibrationBands.overlay(chart(), List.of(new CalibrationBand("JNIM 6,000-7,000", Faction.JNIM.rgb,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 6000, 7000)));
        XYPlot plot = (XYPlot) c.getPlot();
        assertEquals(1, plot.getAnnotations().stream().filter(a -> a instanceof XYBoxAnnotation).count());
        assertTrue(plot.getRangeAxis().getUpperBound() > 7000, "upper bound " + plot.getRangeAxis().getUpperBound());
        assertTrue(plot.getRangeAxis().getLowerBound() <= 90, "data still shown");
        assertTrue(ChartExport.toSvg(c, 400, 300, "t-").contains("JNIM 6,000-7,000"));
    }

    @Test
    void aBandNeedsAPeriodAndARange() {
        LocalDate d = LocalDate.of(2025, 1, 1);
        assertThrows(IllegalArgumentException.class, () -> new CalibrationBand("x", 0, d, d, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> new CalibrationBand("x", 0, d, d.plusDays(1), 2, 2));
        assertThrows(IllegalArgumentException.class, () -> new CalibrationBand(" ", 0, d, d.plusDays(1), 1, 2));
    }
}

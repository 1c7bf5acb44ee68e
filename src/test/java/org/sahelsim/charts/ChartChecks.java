package org.sahelsim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/** Checks that every batch chart carries the decorations ChartMeta promises. */
final class ChartChecks {
    private ChartChecks() {
    }

    static void assertDecorated(JFreeChart chart, ChartMeta meta) {
        assertEquals(meta.title(), chart.getTitle().getText());
        List<String> subtitles = subtitleTexts(chart);
        assertTrue(subtitles.contains(meta.subtitle()), "subtitles " + subtitles);
        assertTrue(meta.subtitle().contains(meta.scenario()) && meta.subtitle().contains(meta.replicates() + " replicate"));
        assertEquals(meta.domainLabel(), domainLabel(chart.getPlot()));
        assertEquals(meta.rangeLabel(), rangeLabel(chart.getPlot()));
        assertNotNull(chart.getLegend(), "legend");
        assertTrue(chart.getPlot().getLegendItems().getItemCount() > 0, "legend has items");
    }

    static List<String> subtitleTexts(JFreeChart chart) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof TextTitle text) {
                out.add(text.getText());
            }
        }
        return out;
    }

    static List<String> legendLabels(JFreeChart chart) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < chart.getPlot().getLegendItems().getItemCount(); i++) {
            out.add(chart.getPlot().getLegendItems().get(i).getLabel());
        }
        return out;
    }

    private static String domainLabel(Plot plot) {
        return plot instanceof XYPlot xy ? xy.getDomainAxis().getLabel() : ((CategoryPlot) plot).getDomainAxis().getLabel();
    }

    private static String rangeLabel(Plot plot) {
        return plot instanceof XYPlot xy ? xy.getRangeAxis().getLabel() : ((CategoryPlot) plot).getRangeAxis().getLabel();
    }
}

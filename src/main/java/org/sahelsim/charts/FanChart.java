package org.sahelsim.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Mean over replicates with a shaded 95% band, against date: for example controlled population
 * or controlled area per faction, with several arms overlaid. Colour tells the series (the
 * faction), the dash pattern tells the arm (the first arm solid).
 */
public final class FanChart {
    /** Opacity of the shaded bands; low, because bands of several series overlap. */
    static final float BAND_ALPHA = 0.16f;

    private FanChart() {
    }

    /**
     * One series per band, in the order given; series keys are {@link SeriesKey}s. A band that
     * is NaN (one replicate) collapses onto the mean line.
     *
     * @throws IllegalArgumentException if two bands have the same arm and series name
     */
    public static YIntervalSeriesCollection createDataset(List<SeriesBand> bands) {
        List<String> arms = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Integer> rgbs = new ArrayList<>();
        for (SeriesBand b : bands) {
            arms.add(b.arm());
            names.add(b.series());
            rgbs.add(b.rgb());
        }
        List<SeriesKey> keys = SeriesKey.assign(arms, names, rgbs);
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        for (int s = 0; s < bands.size(); s++) {
            dataset.addSeries(series(keys.get(s), bands.get(s)));
        }
        return dataset;
    }

    /** The chart; the domain axis is a date axis in UTC. */
    public static JFreeChart createChart(YIntervalSeriesCollection dataset, ChartMeta meta) {
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(BAND_ALPHA);
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            if (dataset.getSeriesKey(s) instanceof SeriesKey key) {
                ChartStyle.styleSeries(renderer, s, key, ChartStyle.LINE_WIDTH);
            }
        }
        XYPlot plot = new XYPlot(dataset, ChartStyle.dateAxis(meta.domainLabel()),
                ChartStyle.valueAxis(meta.rangeLabel()), renderer);
        ChartStyle.styleXYPlot(plot);
        return ChartStyle.chart(plot, meta, "Lines: mean over replicates · bands: 95% t interval of the mean");
    }

    private static YIntervalSeries series(SeriesKey key, SeriesBand band) {
        YIntervalSeries series = new YIntervalSeries(key, false, false);
        LocalDate[] dates = band.dates();
        double[] mean = band.mean();
        double[] lower = band.lower();
        double[] upper = band.upper();
        for (int i = 0; i < dates.length; i++) {
            boolean noBand = Double.isNaN(lower[i]);
            series.add(ChartStyle.millis(dates[i]), mean[i], noBand ? mean[i] : lower[i], noBand ? mean[i] : upper[i]);
        }
        return series;
    }
}

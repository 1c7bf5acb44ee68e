package org.sahelsim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.sahelsim.charts.ChartExport;
import org.sahelsim.charts.ChartMeta;
import org.sahelsim.charts.MapPicture;
import org.sahelsim.model.SahelMap;
import org.sahelsim.output.BatchLayout;
import org.sahelsim.output.FileTrees;
import org.sahelsim.output.JsonOut;

/**
 * Draws every chart of a batch from its aggregate tables into {@code charts/}, as PNG and SVG:
 * fan charts, box plots, forest plots, control-probability and event-density maps, and violence
 * by dyad. The folder is replaced as a whole once every chart is drawn.
 */
public final class BatchCharts {
    /** Report sections, in order. */
    static final String TIME = "Territory over time";
    static final String END = "End state";
    static final String PAIRED = "Paired differences";
    static final String MAPS = "Maps";
    static final String DYADS = "Violence by dyad";
    /** The list of charts with titles and captions, for the report. */
    static final String INDEX = "charts.json";

    private final BatchResults results;
    private final Path dir;
    private final List<ChartFile> files = new ArrayList<>();

    private BatchCharts(BatchResults results, Path dir) {
        this.results = results;
        this.dir = dir;
    }

    /** Draws all charts; returns them in report order. */
    public static List<ChartFile> draw(BatchResults results, SahelMap map) throws IOException {
        Path root = results.root();
        Path tmp = Files.createTempDirectory(root, "." + BatchLayout.CHARTS + ".partial-");
        try {
            BatchCharts charts = new BatchCharts(results, tmp);
            TimeCharts.draw(charts);
            EndCharts.draw(charts);
            MapCharts.draw(charts, map);
            DyadCharts.draw(charts);
            JsonOut.write(tmp.resolve(INDEX), charts.files);
            FileTrees.replace(tmp, root.resolve(BatchLayout.CHARTS));
            return List.copyOf(charts.files);
        } finally {
            FileTrees.delete(tmp);
        }
    }

    /**
     * The charts listed in {@code charts/}{@value #INDEX} by the last {@link #draw}, or null when
     * there is no index or a listed PNG is missing.
     */
    public static List<ChartFile> index(Path root) throws IOException {
        Path dir = root.resolve(BatchLayout.CHARTS);
        Path file = dir.resolve(INDEX);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        ChartFile[] listed = JsonOut.mapper().readValue(file.toFile(), ChartFile[].class);
        for (ChartFile c : listed) {
            if (!Files.isRegularFile(dir.resolve(c.png()))) {
                return null;
            }
        }
        return List.of(listed);
    }

    BatchResults results() {
        return results;
    }

    /** Meta with the batch's scenario and replicate count. */
    ChartMeta meta(String title, String domain, String range) {
        String t = results.status().complete() ? title : title + " (partial batch)";
        return new ChartMeta(t, results.manifest().scenario(), Math.max(1, results.status().minReplicates()), domain,
                range);
    }

    /** The subtitle every chart carries: scenario, replicates, and "partial batch" when so. */
    String subtitle() {
        return meta("-", "-", "-").subtitle();
    }

    void add(String name, String section, JFreeChart chart, String caption) throws IOException {
        add(name, section, chart, caption, ChartExport.DEFAULT_HEIGHT);
    }

    void add(String name, String section, JFreeChart chart, String caption, int height) throws IOException {
        ChartExport.writePng(chart, dir.resolve(name + ".png"), ChartExport.DEFAULT_WIDTH, height);
        ChartExport.writeSvg(chart, dir.resolve(name + ".svg"), ChartExport.DEFAULT_WIDTH, height);
        files.add(new ChartFile(name, section, chart.getTitle().getText(), caption));
    }

    void add(String name, String section, String title, MapPicture picture, String caption) throws IOException {
        ChartExport.writePng(picture, dir.resolve(name + ".png"));
        ChartExport.writeSvg(picture, dir.resolve(name + ".svg"));
        files.add(new ChartFile(name, section, title, caption));
    }
}

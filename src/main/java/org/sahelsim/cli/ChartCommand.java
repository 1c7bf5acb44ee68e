package org.sahelsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sahelsim.output.BatchLayout;
import org.sahelsim.output.BatchManifest;
import org.sahelsim.report.BatchCharts;
import org.sahelsim.report.BatchResults;
import org.sahelsim.report.ChartFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chart}: redraws the charts of a finished batch from its aggregate tables. */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = {"Redraw every chart of a finished batch (PNG and SVG in DIR/charts) from its aggregate tables."})
public final class ChartCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A batch folder with aggregate tables.")
    Path dir;

    @Override
    public Integer call() throws IOException {
        List<ChartFile> charts = draw(dir);
        spec.commandLine().getOut().printf("charts: %s (%d charts, PNG and SVG)%n", dir.resolve(BatchLayout.CHARTS),
                charts.size());
        return SahelCli.OK;
    }

    static List<ChartFile> draw(Path dir) throws IOException {
        BatchManifest manifest = MergeCommand.readManifest(dir);
        return BatchCharts.draw(results(dir), ExperimentInput.map(dir.resolve(BatchLayout.MANIFEST), manifest.resolution()));
    }

    static BatchResults results(Path dir) throws IOException {
        MergeCommand.readManifest(dir);
        if (!Files.isRegularFile(BatchLayout.aggregate(dir, BatchLayout.STATUS))) {
            throw new BadInputException(dir + " has no aggregate tables yet: run 'sahelsim merge " + dir + "' first");
        }
        return BatchResults.read(dir);
    }
}

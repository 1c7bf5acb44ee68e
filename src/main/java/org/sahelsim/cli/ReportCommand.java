package org.sahelsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sahelsim.report.BatchCharts;
import org.sahelsim.report.BatchResults;
import org.sahelsim.report.ChartFile;
import org.sahelsim.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code report}: writes the self-contained report.html of a finished batch. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write DIR/report.html, one self-contained page with the charts embedded: what was run,",
                "the headline paired differences in plain words, every chart, replicates needed, provenance."})
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A batch folder with aggregate tables.")
    Path dir;

    @Override
    public Integer call() throws IOException {
        BatchResults results = ChartCommand.results(dir);
        List<ChartFile> charts = BatchCharts.index(dir);
        if (charts == null) {
            charts = ChartCommand.draw(dir);
        }
        spec.commandLine().getOut().println("report: " + HtmlReport.write(results, charts));
        return SahelCli.OK;
    }
}

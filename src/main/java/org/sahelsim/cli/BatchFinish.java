package org.sahelsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.sahelsim.batch.Aggregator;
import org.sahelsim.model.SahelMap;
import org.sahelsim.output.BatchLayout;
import org.sahelsim.output.BatchManifest;
import org.sahelsim.output.BatchStatus;
import org.sahelsim.report.BatchCharts;
import org.sahelsim.report.BatchResults;
import org.sahelsim.report.ChartFile;
import org.sahelsim.report.HtmlReport;

/**
 * What a finished batch gets, from its files alone: the aggregate tables, the charts and the
 * report. {@code batch} and {@code merge} both end here, which is why they give the same bytes.
 */
final class BatchFinish {
    private BatchFinish() {
    }

    /**
     * @param report also draw the charts and write the report
     * @return the report's path, or the aggregate folder without a report
     */
    static Path finish(Path root, BatchManifest manifest, SahelMap map, boolean allowPartial, boolean report,
                       PrintWriter out) throws IOException {
        BatchStatus status;
        try {
            status = Aggregator.aggregate(root, manifest, map, allowPartial);
        } catch (Aggregator.IncompleteException e) {
            throw new BadInputException(root + ": " + e.getMessage());
        }
        out.printf("aggregate: %s (%d of %d runs%s)%n", root.resolve(BatchLayout.AGGREGATE), status.finished(),
                status.planned(), status.complete() ? "" : ", partial");
        if (!report) {
            return root.resolve(BatchLayout.AGGREGATE);
        }
        BatchResults results = BatchResults.read(root);
        List<ChartFile> charts = BatchCharts.draw(results, map);
        out.printf("charts: %s (%d charts, PNG and SVG)%n", root.resolve(BatchLayout.CHARTS), charts.size());
        Path html = HtmlReport.write(results, charts);
        out.println("report: " + html);
        return html;
    }
}

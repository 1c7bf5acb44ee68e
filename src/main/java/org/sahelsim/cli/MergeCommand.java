package org.sahelsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sahelsim.output.BatchLayout;
import org.sahelsim.output.BatchManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code merge}: aggregates the shards of a batch into the tables, charts and report of a one-machine batch. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Aggregate a batch whose shards ran separately (e.g. a Slurm job array):",
                "the same tables, charts and report.html, byte for byte, as the batch run in one process.",
                "Refuses while runs are missing, naming them, unless --allow-partial is given."})
public final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The batch folder the shards wrote into.")
    Path dir;

    @Option(names = "--allow-partial", description = "Aggregate the finished runs even if some are missing; the report says so.")
    boolean allowPartial;

    @Option(names = "--no-report", description = "Stop after the aggregate tables.")
    boolean noReport;

    @Override
    public Integer call() throws IOException {
        BatchManifest manifest = readManifest(dir);
        BatchFinish.finish(dir, manifest, ExperimentInput.map(dir.resolve(BatchLayout.MANIFEST), manifest.resolution()),
                allowPartial, !noReport, spec.commandLine().getOut());
        return SahelCli.OK;
    }

    static BatchManifest readManifest(Path dir) {
        Path file = dir.resolve(BatchLayout.MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(dir + " is not a batch folder: no " + BatchLayout.MANIFEST);
        }
        try {
            return BatchManifest.read(dir);
        } catch (IOException e) {
            throw new BadInputException(file + ": not a readable batch manifest: " + e.getMessage());
        }
    }
}

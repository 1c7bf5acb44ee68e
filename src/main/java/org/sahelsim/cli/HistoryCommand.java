package org.sahelsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.sahelsim.history.ActivityCsv;
import org.sahelsim.history.Activity;
import org.sahelsim.history.Derivation;
import org.sahelsim.history.ForceAllocation;
import org.sahelsim.history.ForcesYaml;
import org.sahelsim.history.UcdpCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code history}: the evidence behind the historical scenario (see docs/event-data.md). */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Derive the historical scenario's initial forces from the UCDP events (docs/event-data.md).",
        subcommands = {HistoryCommand.Derive.class})
public final class HistoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return SahelCli.OK;
    }

    /** {@code history derive}: rewrite the activity table and the forces fragment from the events. */
    @Command(name = "derive", mixinStandardHelpOptions = true,
            description = {"Read the UCDP GED extract, tabulate each group's 2017-2019 activity per admin-1 region",
                    "and write the initial forces of scenarios/historical-2020.yaml.",
                    "Files: the activity table (--table) and the scenario fragment (--scenario)."})
    public static final class Derive implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--data", defaultValue = "../shared/data/events", paramLabel = "DIR",
                description = "Folder holding " + UcdpCsv.FILE + " (default: ${DEFAULT-VALUE}).")
        Path data;

        @Option(names = "--table", defaultValue = "src/main/resources/" + ActivityCsv.RESOURCE, paramLabel = "FILE",
                description = "Activity table to write (default: ${DEFAULT-VALUE}).")
        Path table;

        @Option(names = "--scenario", defaultValue = ForcesYaml.FILE, paramLabel = "FILE",
                description = "Scenario fragment to write (default: ${DEFAULT-VALUE}).")
        Path scenario;

        @Option(names = "--check", description = "Write nothing; exit 1 if either file differs from what the data give.")
        boolean check;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(data.resolve(UcdpCsv.FILE))) {
                throw new BadInputException("--data: " + UcdpCsv.FILE + " not found in " + data);
            }
            Derivation d;
            try {
                d = Derivation.run(data);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
            PrintWriter o = spec.commandLine().getOut();
            summarise(d, o);
            if (check) {
                boolean same = same(table, d.activityCsv()) && same(scenario, d.forcesYaml());
                o.println(same ? "up to date: " + table + ", " + scenario : "out of date: run 'sahelsim history derive'");
                return same ? SahelCli.OK : SahelCli.INTERNAL_ERROR;
            }
            write(table, d.activityCsv());
            write(scenario, d.forcesYaml());
            o.println("wrote " + table + " and " + scenario);
            return SahelCli.OK;
        }

        private static void summarise(Derivation d, PrintWriter o) {
            Activity.Tally t = d.activity().tally();
            o.printf("events %d-%d: %d; used %d (imprecise %d, outside the study countries %d, no modelled actor %d)%n",
                    d.spec().firstYear(), d.spec().lastYear(), t.inWindow(), t.used(), t.imprecise(), t.outside(),
                    t.unmodelled());
            for (ForceAllocation.Allocation a : d.allocations()) {
                o.printf("  %-18s %6d fighters, %6d in %2d blocks%s%n", a.total().faction(), a.fighters(), a.fielded(),
                        a.blocks().size(), a.fallback() ? " (fallback regions)" : "");
            }
        }

        private static boolean same(Path file, String text) throws IOException {
            return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text);
        }

        /** Writes through a temporary file in the same folder, so a failure leaves the old file whole. */
        private static void write(Path file, String text) throws IOException {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".derive-", ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }
}

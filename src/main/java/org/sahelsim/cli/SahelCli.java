package org.sahelsim.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sahelsim} command. Exit codes: 0 success, 2 bad input (one-line message naming the
 * file, line, key and value where there is one), 1 internal error.
 */
@Command(name = "sahelsim", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Agent-based model of territorial competition in the central Sahel.",
        subcommands = {RunCommand.class, WorldCommand.class, SchemaCommand.class, BenchCommand.class,
                BatchCommand.class, MergeCommand.class, ChartCommand.class, ReportCommand.class, SlurmCommand.class,
                BatchBenchCommand.class, GuiCommand.class, HistoryCommand.class, ValidateCommand.class, CalibrateCommand.class,
                CommandLine.HelpCommand.class})
public final class SahelCli implements Runnable {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        int code = execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(code);
    }

    /** Runs the command line with the given streams and returns the exit code (used by tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new SahelCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("sahelsim: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> ErrorReport.report(ex, err));
        return cl.execute(args);
    }
}

package org.sahelsim.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.sahelsim.scenario.ScenarioException;

/** Turns an exception from a command into a one-line message and an exit code. */
final class ErrorReport {
    private ErrorReport() {
    }

    static int report(Exception ex, PrintWriter err) {
        if (ex instanceof ScenarioException || ex instanceof BadInputException) {
            err.println("sahelsim: " + ex.getMessage());
            return SahelCli.BAD_INPUT;
        }
        if (ex instanceof UncheckedIOException u && u.getCause() instanceof NoSuchFileException n) {
            err.println("sahelsim: no such file: " + n.getFile());
            return SahelCli.BAD_INPUT;
        }
        err.println("sahelsim: internal error: " + ex);
        if (System.getenv("SAHELSIM_DEBUG") != null) {
            ex.printStackTrace(err);
        } else {
            err.println("(set SAHELSIM_DEBUG=1 for the stack trace)");
        }
        return SahelCli.INTERNAL_ERROR;
    }
}

package org.sahelsim.cli;

import java.io.PrintStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sahelsim.batch.BatchRunner;
import org.sahelsim.output.BatchManifest;

/**
 * The batch progress bar on standard error: runs done of the runs this process owns, runs per
 * minute and the time left. Silent when {@code --quiet} is given or the output is not a terminal,
 * so logs of cluster jobs and redirected runs stay clean.
 */
final class BatchProgress implements BatchRunner.Listener, AutoCloseable {
    private static final int WIDTH = 100;
    private final boolean show;
    private final PrintStream err;
    private ProgressBar bar;

    private BatchProgress(boolean show, PrintStream err) {
        this.show = show;
        this.err = err;
    }

    /** A bar when not quiet and standard output and input are a terminal. */
    static BatchProgress create(boolean quiet) {
        return new BatchProgress(!quiet && System.console() != null, System.err);
    }

    /** A listener that shows nothing (benchmarks, tests). */
    static BatchProgress silent() {
        return new BatchProgress(false, System.err);
    }

    @Override
    public synchronized void start(int owned, int alreadyFinished) {
        if (!show || owned == alreadyFinished) {
            return;
        }
        bar = new ProgressBarBuilder().setTaskName("runs").setInitialMax(owned).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(err, WIDTH)).setUnit(" runs", 1)
                .showSpeed(new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)))
                .setSpeedUnit(ChronoUnit.MINUTES).startsFrom(alreadyFinished, Duration.ZERO).setUpdateIntervalMillis(500)
                .build();
    }

    @Override
    public synchronized void finished(BatchManifest.Run run, double seconds) {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}

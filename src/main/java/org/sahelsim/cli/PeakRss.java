package org.sahelsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a command and samples its peak resident set size ({@code VmHWM} in {@code /proc/PID/status},
 * Linux) until it exits. VmHWM only grows, so the last sample is the peak up to at most one
 * sampling interval before exit.
 */
final class PeakRss {
    static final int SAMPLE_MS = 50;

    /** Exit code, peak RSS in MB (NaN when /proc is not there) and wall time in seconds. */
    record Result(int exitCode, double peakMb, double seconds) {
    }

    private PeakRss() {
    }

    static Result run(List<String> command) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        double peak = Double.NaN;
        while (p.isAlive()) {
            double v = hwmMb(status);
            if (!Double.isNaN(v)) {
                peak = Double.isNaN(peak) ? v : Math.max(peak, v);
            }
            Thread.sleep(SAMPLE_MS);
        }
        return new Result(p.waitFor(), peak, (System.nanoTime() - t0) / 1e9);
    }

    private static double hwmMb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}

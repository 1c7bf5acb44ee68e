package org.sahelsim.cli;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sahelsim.charts.ImageExport;
import org.sahelsim.gui.GuiBench;
import org.sahelsim.gui.GuiSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gui}: MASON's Console with the map display, the live charts and the Model tab. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Open the interactive GUI: MASON's Console, a map display with switchable layers,",
                "live charts and a Model tab of parameters. Needs a display (X11; on a server: xvfb-run).",
                "--screenshot runs a number of weeks unattended and saves the map display as a PNG;",
                "--bench measures the time to open and the weeks per second with all layers on."})
public final class GuiCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = "scenarios/baseline-2026.yaml", paramLabel = "SCENARIO",
            description = "Scenario (default: ${DEFAULT-VALUE}).")
    Path scenario;

    @Option(names = "--seed", defaultValue = "" + RunCommand.DEFAULT_SEED,
            description = "Seed of the first run (default: ${DEFAULT-VALUE}); the Console can change it.")
    long seed;

    @Option(names = "--screenshot", paramLabel = "FILE.png",
            description = "Run --weeks weeks without user input, save the map display to FILE.png and quit.")
    Path screenshot;

    @Option(names = "--weeks", defaultValue = "20", description = "Weeks to run for --screenshot (default: ${DEFAULT-VALUE}).")
    int weeks;

    @Option(names = "--all-layers", description = "Switch every map layer on (the heat layers are off at first).")
    boolean allLayers;

    @Option(names = "--bench", description = "Print the time to open the GUI and weeks per second with all layers on, then quit.")
    boolean bench;

    @Option(names = "--bench-weeks", defaultValue = "100",
            description = "Weeks timed by --bench, after 10 untimed (default: ${DEFAULT-VALUE}).")
    int benchWeeks;

    @Override
    public Integer call() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        checkOptions();
        CliScenarioSource source = new CliScenarioSource();
        source.load(scenario, Map.of());
        checkDisplay();
        if (bench) {
            return bench(source, t0);
        }
        GuiSession s = GuiSession.open(source, scenario, seed);
        if (allLayers) {
            s.showAllLayers();
        }
        if (screenshot == null) {
            s.awaitClose();
            return SahelCli.OK;
        }
        s.start();
        int done = s.step(weeks);
        writeAtomically(s.capture(), screenshot);
        spec.commandLine().getOut().printf("%s: %d weeks to %s, seed %d; wrote %s%n",
                s.gui().model().config.name(), done, s.gui().model().date(), seed, screenshot);
        return SahelCli.OK;
    }

    /** Writes the PNG next to its target and renames it, so a failure never leaves half a file. */
    private static void writeAtomically(BufferedImage image, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".screenshot-", ".png");
        try {
            ImageExport.writePng(image, tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void checkOptions() {
        if (weeks < 1 || weeks > 5200) {
            throw new BadInputException("--weeks " + weeks + " is out of range; allowed 1..5200");
        }
        if (benchWeeks < 1 || benchWeeks > 5200) {
            throw new BadInputException("--bench-weeks " + benchWeeks + " is out of range; allowed 1..5200");
        }
        if (screenshot != null && bench) {
            throw new BadInputException("give only one of --screenshot and --bench");
        }
        if (screenshot != null && screenshot.toAbsolutePath().getParent() != null
                && !Files.isDirectory(screenshot.toAbsolutePath().getParent())) {
            throw new BadInputException("--screenshot: folder not found: " + screenshot.toAbsolutePath().getParent());
        }
    }

    private static void checkDisplay() {
        if (GraphicsEnvironment.isHeadless()) {
            throw new BadInputException("the GUI needs a display: set DISPLAY, or run it under xvfb-run"
                    + " (Debian: apt-get install xvfb xauth)");
        }
        try {
            GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
        } catch (LinkageError | java.awt.AWTError e) {
            throw new BadInputException("this Java runtime cannot open windows (" + e.getMessage()
                    + "); install one with X11 support, e.g. Debian: apt-get install openjdk-17-jre");
        }
    }

    private int bench(CliScenarioSource source, long t0) throws InterruptedException {
        GuiBench.Figures f = GuiBench.run(source, scenario, seed, t0, 10, benchWeeks);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("display            %d x %d px, all layers on%n", f.width(), f.height());
        out.printf("open s             %.2f  (command start to first map frame; %.2f from JVM start)%n",
                f.openSeconds(), f.jvmSeconds());
        out.printf("weeks/s drawn      %.1f  (%d weeks, map with all layers drawn after every week)%n",
                f.weeksPerSecond(), f.weeks());
        out.printf("cpu ms/week drawn  %.1f  (process CPU time, all threads)%n", f.cpuMsPerWeek());
        out.printf("weeks/s playing    %.1f  (Play at full speed; Swing may skip frames)%n", f.playingPerSecond());
        out.printf("load average       %.2f  (timings are noisy while other programs run)%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return SahelCli.OK;
    }
}

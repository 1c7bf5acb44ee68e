package org.sahelsim.gui;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * GUI benchmark: how long the GUI takes to open, and how many weeks per second it simulates
 * while drawing every layer of the map after every week (plus the live charts).
 */
public final class GuiBench {
    /**
     * @param openSeconds      command start to the first map frame drawn (scenario, map, windows)
     * @param jvmSeconds       JVM start to the first map frame drawn
     * @param weeks            weeks timed
     * @param weeksPerSecond   weeks per second, each week simulated and the map drawn with all layers
     * @param playingPerSecond weeks per second after pressing Play (the Console's play thread at full
     *                         speed, all layers on; Swing may skip frames when the model is faster)
     * @param cpuMsPerWeek     process CPU time per drawn week, milliseconds (all threads); less
     *                         sensitive than the rates to other programs competing for the processors
     * @param width            display width, pixels
     * @param height           display height, pixels
     */
    public record Figures(double openSeconds, double jvmSeconds, int weeks, double weeksPerSecond,
                          double playingPerSecond, double cpuMsPerWeek, int width, int height) {
    }

    private GuiBench() {
    }

    /**
     * @param startNanos {@link System#nanoTime()} when the command started
     * @param warmup     weeks drawn before timing, for the JIT
     * @param weeks      weeks timed, with drawing and then without
     */
    public static Figures run(ScenarioSource source, Path scenario, long seed, long startNanos, int warmup,
                              int weeks) throws InterruptedException {
        GuiSession s = GuiSession.open(source, scenario, seed);
        s.start();
        BufferedImage first = s.capture();
        double open = (System.nanoTime() - startNanos) / 1e9;
        double jvm = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;
        s.showAllLayers();
        drawnWeeks(s, warmup);
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        int drawn = drawnWeeks(s, weeks);
        double drawnRate = drawn / ((System.nanoTime() - t0) / 1e9);
        double cpuMs = (processCpuNanos() - cpu0) / 1e6 / drawn;
        s.restart();
        double playRate = s.play(weeks);
        return new Figures(open, jvm, drawn, drawnRate, playRate, cpuMs, first.getWidth(), first.getHeight());
    }

    private static long processCpuNanos() {
        return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
    }

    private static int drawnWeeks(GuiSession s, int weeks) {
        int done = 0;
        for (int w = 0; w < weeks; w++) {
            done += s.step(1);
            s.capture();
        }
        return done;
    }
}

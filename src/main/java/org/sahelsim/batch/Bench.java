package org.sahelsim.batch;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Submodel;
import org.sahelsim.model.config.ScenarioConfig;

/**
 * Single-threaded model benchmark: runs a scenario for a warm-up, then times each simulated week
 * and reports the median and 90th percentile milliseconds per week and the peak heap in use.
 */
public final class Bench {
    /** Figures of one benchmark. */
    public record Figures(int weeks, int repeats, double medianMsPerWeek, double p90MsPerWeek, double meanMsPerWeek,
                          double peakHeapMb, int units) {
    }

    private Bench() {
    }

    /**
     * @param weeks   weeks timed per repeat
     * @param repeats independent runs (seeds seed, seed+1, ...) whose weekly times are pooled
     * @param warmup  runs before timing, to let the JIT compile the hot paths
     */
    public static Figures run(ScenarioConfig config, SahelMap map, List<Submodel> rules, long seed, int weeks,
                              int repeats, int warmup) {
        for (int k = 0; k < warmup; k++) {
            simulate(config, map, rules, seed + 1000 + k, weeks, null);
        }
        System.gc();
        List<MemoryPoolMXBean> heap = heapPools();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        double[] times = new double[weeks * repeats];
        int units = 0;
        for (int r = 0; r < repeats; r++) {
            double[] slice = new double[weeks];
            units = simulate(config, map, rules, seed + r, weeks, slice);
            System.arraycopy(slice, 0, times, r * weeks, weeks);
        }
        double peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024.0 * 1024.0);
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return new Figures(weeks, repeats, quantile(sorted, 0.5), quantile(sorted, 0.9),
                Arrays.stream(times).average().orElse(Double.NaN), peak, units);
    }

    private static int simulate(ScenarioConfig config, SahelMap map, List<Submodel> rules, long seed, int weeks,
                                double[] msPerWeek) {
        SahelModel m = new SahelModel(seed, map, config, rules);
        m.start();
        for (int w = 0; w < weeks; w++) {
            long t0 = System.nanoTime();
            m.schedule.step(m);
            if (msPerWeek != null) {
                msPerWeek[w] = (System.nanoTime() - t0) / 1e6;
            }
        }
        return m.units.size();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}

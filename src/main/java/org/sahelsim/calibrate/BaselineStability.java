package org.sahelsim.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.sahelsim.model.Faction;
import org.sahelsim.model.SahelMap;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.Submodel;
import org.sahelsim.model.config.ScenarioConfig;

/**
 * Whether the groups of the baseline scenario keep their size, as {@code BaselineCalibrationTest}
 * checks: JNIM within 4,500-8,750 and ISSP within 1,500-3,750 fighters (the 2025 figures of the
 * Africa Center for Strategic Studies widened by a quarter) at every year's end, and ISWAP within
 * half and twice its start at the end.
 */
public final class BaselineStability {
    static final double[] JNIM_BAND = {4500, 8750};
    static final double[] ISSP_BAND = {1500, 3750};
    /** Shares the test requires. */
    static final double NEED_JNIM = 0.8;
    static final double NEED_ISSP = 0.8;
    static final double NEED_ISWAP = 0.9;

    /**
     * @param jnim  share of replicates with JNIM inside its band at every year's end
     * @param issp  the same for ISSP
     * @param iswap share with ISWAP between half and twice its start at the end
     */
    public record Shares(double jnim, double issp, double iswap) {
        /** Shortfall below the shares the test requires. */
        double shortfall() {
            return Math.max(0, NEED_JNIM - jnim) + Math.max(0, NEED_ISSP - issp) + Math.max(0, NEED_ISWAP - iswap);
        }
    }

    private BaselineStability() {
    }

    /** Runs {@code replicates} seeds from {@code seed} on {@code threads} threads. */
    static Shares run(ScenarioConfig c, SahelMap map, Supplier<List<Submodel>> rules, long seed, int replicates,
                      int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, replicates)));
        try {
            List<Future<boolean[]>> futures = new ArrayList<>();
            for (int i = 0; i < replicates; i++) {
                long s = seed + i;
                futures.add(pool.submit(() -> one(c, map, rules.get(), s)));
            }
            int[] ok = new int[3];
            for (Future<boolean[]> f : futures) {
                boolean[] r = f.get();
                for (int k = 0; k < 3; k++) {
                    ok[k] += r[k] ? 1 : 0;
                }
            }
            return new Shares(ok[0] / (double) replicates, ok[1] / (double) replicates, ok[2] / (double) replicates);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("calibration interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** {JNIM in band, ISSP in band, ISWAP within half and twice its start} for one seed. */
    private static boolean[] one(ScenarioConfig c, SahelMap map, List<Submodel> rules, long seed) {
        SahelModel m = new SahelModel(seed, map, c, rules);
        m.start();
        int iswapStart = fighters(m, Faction.ISWAP);
        boolean jnim = true;
        boolean issp = true;
        int weeks = c.totalWeeks();
        for (int w = 0; w < weeks; w++) {
            m.schedule.step(m);
            if (w % 52 == 51 || w == weeks - 1) {
                jnim &= within(fighters(m, Faction.JNIM), JNIM_BAND);
                issp &= within(fighters(m, Faction.ISSP), ISSP_BAND);
            }
        }
        int iswap = fighters(m, Faction.ISWAP);
        return new boolean[] {jnim, issp, iswap >= 0.5 * iswapStart && iswap <= 2.0 * iswapStart};
    }

    private static int fighters(SahelModel m, Faction f) {
        return m.lastStats == null ? m.units.stream().filter(u -> u.alive && u.faction == f).mapToInt(u -> u.fighters).sum()
                : m.lastStats.fighters()[f.ordinal()];
    }

    private static boolean within(int n, double[] band) {
        return n >= band[0] && n <= band[1];
    }
}
